import type { RequestLoaders } from '@kakehashi/graphql-core';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { JsicMajorGroupEntity } from './jsic-major-group.entity';
import type { PrefectureEntity } from './prefecture.entity';
import { unchangingRows } from './unchanging-rows';
import {
  toJsicMajorGroupModel,
  toPrefectureModel,
  type JsicMajorGroupModel,
  type PrefectureModel,
} from './reference-data.models';

/** Prefectures by JIS code, batched per request, read once per process (see unchanging-rows.ts). */
export function prefectureLoader(
  loaders: RequestLoaders,
  prefectures: Repository<PrefectureEntity>,
): DataLoader<string, PrefectureModel | null> {
  return loaders.get<string, PrefectureModel | null>('organisations.prefectureByCode', (codes) =>
    unchangingRows(
      prefectures.manager.connection,
      'prefectures',
      codes,
      async (missing) => (await prefectures.findBy({ code: In(missing) })).map(toPrefectureModel),
      (row) => row.code,
    ),
  );
}

/** JSIC major groups by code, batched per request, read once per process. */
export function jsicMajorGroupLoader(
  loaders: RequestLoaders,
  groups: Repository<JsicMajorGroupEntity>,
): DataLoader<string, JsicMajorGroupModel | null> {
  return loaders.get<string, JsicMajorGroupModel | null>('organisations.jsicMajorGroupByCode', (codes) =>
    unchangingRows(
      groups.manager.connection,
      'jsic_major_groups',
      codes,
      async (missing) => (await groups.findBy({ code: In(missing) })).map(toJsicMajorGroupModel),
      (row) => row.code,
    ),
  );
}
