import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ImportContext } from '../file/parse-referral-import';
import { branchesOf } from '../imports.queries';

/** What checking an upload needs besides the file: today in Japan and the institution's branches. */
@Injectable()
export class ImportContextLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(institutionId: string, manager?: EntityManager): Promise<ImportContext> {
    const branches = await branchesOf(manager ?? this.dataSource.manager, institutionId);
    return { today: todayInJapan(), branches };
  }
}
