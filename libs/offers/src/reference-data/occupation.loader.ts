import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import type DataLoader from 'dataloader';
import type { DataSource, Repository } from 'typeorm';
import type { OccupationMajorGroupEntity } from './occupation-major-group.entity';
import { toOccupationMajorGroupModel, type OccupationMajorGroupModel } from './occupation-major-group.model';

type Groups = Map<string, OccupationMajorGroupModel>;

/**
 * The twelve major groups are reference data: seeded from prisma/seed and never edited through the application, so
 * each process reads them once per database instead of once per list. A code it does not hold (a group seeded since)
 * reads them again.
 */
const held = new WeakMap<DataSource, Promise<Groups>>();

function readGroups(groups: Repository<OccupationMajorGroupEntity>, again: boolean): Promise<Groups> {
  const database = groups.manager.connection;
  const known = again ? undefined : held.get(database);
  if (known) return known;
  const reading = groups
    .find()
    .then((rows) => new Map(rows.map((row) => [row.code, toOccupationMajorGroupModel(row)])));
  held.set(database, reading);
  // A failed read (the database restarting) is not kept: the next request tries again.
  reading.catch(() => held.get(database) === reading && held.delete(database));
  return reading;
}

/** Occupation major groups by code, per request, from the process's copy of the reference data. */
export function occupationLoader(
  loaders: RequestLoaders,
  groups: Repository<OccupationMajorGroupEntity>,
): DataLoader<string, OccupationMajorGroupModel | null> {
  return loaders.get<string, OccupationMajorGroupModel | null>('offers.occupationByCode', async (codes) => {
    let known = await readGroups(groups, false);
    if (codes.some((code) => !known.has(code))) known = await readGroups(groups, true);
    return byKeys(codes, [...known.values()], (row) => row.code);
  });
}
