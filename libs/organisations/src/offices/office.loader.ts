import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import { unchangingRows } from '../reference-data/unchanging-rows';
import { OfficeEntity } from './office.entity';
import { toOfficeModel, type OfficeModel } from './office.model';

/**
 * Offices by id, batched per request (`ctx.loaders`): any domain resolving an `Office` field (Company.owningOffice,
 * User.office) shares one query per request, and only for offices this process has not read before.
 */
export function officeLoader(
  loaders: RequestLoaders,
  offices: Repository<OfficeEntity>,
): DataLoader<string, OfficeModel | null> {
  return loaders.get<string, OfficeModel | null>('organisations.officeById', (ids) =>
    unchangingRows(
      offices.manager.connection,
      'offices',
      ids,
      async (missing) => {
        // A malformed id names no office; PostgreSQL would reject the whole batch for it.
        const valid = missing.filter((id) => isUUID(id));
        return valid.length ? (await offices.findBy({ id: In(valid) })).map(toOfficeModel) : [];
      },
      (row) => row.id,
    ),
  );
}

/** The same loader for other modules that import OrganisationsModule and would rather inject than hold a repository. */
@Injectable()
export class OfficeLoaderFactory {
  constructor(@InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>) {}

  forRequest(loaders: RequestLoaders): DataLoader<string, OfficeModel | null> {
    return officeLoader(loaders, this.offices);
  }
}
