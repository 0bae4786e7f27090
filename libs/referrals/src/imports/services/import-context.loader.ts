import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ImportContext } from '../file/parse-referral-import';

/** What checking an upload needs besides the file: today in Japan and the institution's branches. */
@Injectable()
export class ImportContextLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(institutionId: string, manager?: EntityManager): Promise<ImportContext> {
    const branches = await (manager ?? this.dataSource.manager).query<{ id: string; name: string }[]>(
      `SELECT "id", "name" FROM "partner_branches" WHERE "institution_id" = $1`,
      [institutionId],
    );
    return { today: todayInJapan(), branches };
  }
}
