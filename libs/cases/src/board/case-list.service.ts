import type { AuthUser } from '@kakehashi/authz';
import { MAX_PAGE_SIZE, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { CaseException } from '../case.exception';
import { intError } from '../cases/services/case-input.rules';
import { applyCaseQuery, checkCaseFilter, type CaseFilter } from './case-filter';
import { assertMayReadCaseSummaries } from './case-read.access';
import {
  applyAfter,
  applyOrder,
  caseCursorValues,
  cursorKeySql,
  normalizeSort,
  type CaseSort,
} from './case-sort';

export interface CasePage {
  first: number;
  after?: string | null;
}

/** Cases of every office (or one), filtered and sorted, page by page with keyset cursors. */
@Injectable()
export class CaseListService {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  async list(
    user: AuthUser,
    filter: CaseFilter | null | undefined,
    sort: Partial<CaseSort> | null | undefined,
    page: CasePage,
  ): Promise<Connection<CaseEntity>> {
    assertMayReadCaseSummaries(user);
    const { query, problems } = checkCaseFilter(filter ?? {});
    const firstProblem = intError('first', page.first, '件数', 1, MAX_PAGE_SIZE);
    if (firstProblem) problems.push(firstProblem);
    if (problems.length) throw CaseException.invalidInput(problems);
    const order = normalizeSort(sort);

    const qb = this.cases.createQueryBuilder('c');
    applyCaseQuery(qb, query);
    const totalCount = await qb.clone().getCount();
    if (page.after) applyAfter(qb, order, page.after, 'c');
    qb.addSelect(cursorKeySql(order, 'c'), 'cursor_key').limit(page.first + 1);
    applyOrder(qb, order, 'c');
    const { entities, raw } = await qb.getRawAndEntities<{ c_id: string; cursor_key: string }>();
    const keys = new Map(raw.map((row) => [row.c_id, row.cursor_key]));
    return toConnection(entities, page.first, totalCount, (row) =>
      caseCursorValues(order, keys.get(row.id) ?? '', row.id),
    );
  }
}
