import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { JsicMajorGroupEntity } from './jsic-major-group.entity';
import type { PrefectureEntity } from './prefecture.entity';
import {
  toJsicMajorGroupModel,
  toPrefectureModel,
  type JsicMajorGroupModel,
  type PrefectureModel,
} from './reference-data.models';

/** Prefectures by JIS code, batched per request. */
export function prefectureLoader(
  loaders: RequestLoaders,
  prefectures: Repository<PrefectureEntity>,
): DataLoader<string, PrefectureModel | null> {
  return loaders.get<string, PrefectureModel | null>('organisations.prefectureByCode', async (codes) => {
    const rows = await prefectures.findBy({ code: In([...codes]) });
    return byKeys(codes, rows.map(toPrefectureModel), (row) => row.code);
  });
}

/** JSIC major groups by code, batched per request. */
export function jsicMajorGroupLoader(
  loaders: RequestLoaders,
  groups: Repository<JsicMajorGroupEntity>,
): DataLoader<string, JsicMajorGroupModel | null> {
  return loaders.get<string, JsicMajorGroupModel | null>(
    'organisations.jsicMajorGroupByCode',
    async (codes) => {
      const rows = await groups.findBy({ code: In([...codes]) });
      return byKeys(codes, rows.map(toJsicMajorGroupModel), (row) => row.code);
    },
  );
}
