import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { OccupationMajorGroupEntity } from './occupation-major-group.entity';
import { toOccupationMajorGroupModel, type OccupationMajorGroupModel } from './occupation-major-group.model';

/** Occupation major groups by code, batched per request. */
export function occupationLoader(
  loaders: RequestLoaders,
  groups: Repository<OccupationMajorGroupEntity>,
): DataLoader<string, OccupationMajorGroupModel | null> {
  return loaders.get<string, OccupationMajorGroupModel | null>('offers.occupationByCode', async (codes) => {
    const rows = await groups.findBy({ code: In([...codes]) });
    return byKeys(codes, rows.map(toOccupationMajorGroupModel), (row) => row.code);
  });
}
