// How cases are ordered, and the keyset cursors of the case list. Every order ends with the id, so rows never tie and
// a cursor names one exact place: paging neither skips nor repeats a case while others are added or moved.
import { BadUserInputError, decodeCursor } from '@kakehashi/graphql-core';
import { isUUID } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import type { CaseEntity } from '../cases/case.entity';
import { CaseSortDirection, CaseSortField } from './case-board.inputs';

export interface CaseSort {
  field: CaseSortField;
  direction: CaseSortDirection;
}

/** Longest in the current stage first. */
export const DEFAULT_CASE_SORT: CaseSort = {
  field: CaseSortField.STAGE_AGE,
  direction: CaseSortDirection.DESC,
};

type SqlDirection = 'ASC' | 'DESC';

interface SortPlan {
  /** The column, as `alias`."column". */
  column: (alias: string) => string;
  /** The column's order: a longer stage age is an earlier stage_entered_at. */
  sqlDirection: SqlDirection;
  /** Timestamps travel as whole microseconds since the epoch: a JavaScript Date would drop PostgreSQL's precision. */
  kind: 'timestamp' | 'integer';
}

function planOf(sort: CaseSort): SortPlan {
  const desc = sort.direction === CaseSortDirection.DESC;
  switch (sort.field) {
    case CaseSortField.STAGE_AGE:
      return {
        column: (a) => `"${a}"."stage_entered_at"`,
        sqlDirection: desc ? 'ASC' : 'DESC',
        kind: 'timestamp',
      };
    case CaseSortField.UPDATED_AT:
      return { column: (a) => `"${a}"."updated_at"`, sqlDirection: desc ? 'DESC' : 'ASC', kind: 'timestamp' };
    case CaseSortField.CASE_NUMBER:
      return { column: (a) => `"${a}"."number"`, sqlDirection: desc ? 'DESC' : 'ASC', kind: 'integer' };
    default: {
      const unknown: never = sort.field;
      throw new Error(`unknown case sort ${String(unknown)}`);
    }
  }
}

export function normalizeSort(sort: Partial<CaseSort> | null | undefined): CaseSort {
  return {
    field: sort?.field ?? DEFAULT_CASE_SORT.field,
    direction: sort?.direction ?? DEFAULT_CASE_SORT.direction,
  };
}

/** `ORDER BY` terms for the sort on the cases table aliased `alias` (for a window or a query). */
export function orderTerms(sort: CaseSort, alias: string): [string, SqlDirection][] {
  const plan = planOf(sort);
  return [
    [plan.column(alias), plan.sqlDirection],
    [`"${alias}"."id"`, plan.sqlDirection],
  ];
}

export function orderSql(sort: CaseSort, alias: string): string {
  return orderTerms(sort, alias)
    .map(([term, direction]) => `${term} ${direction}`)
    .join(', ');
}

/** Orders `qb` (cases as `alias`). */
export function applyOrder(qb: SelectQueryBuilder<CaseEntity>, sort: CaseSort, alias: string): void {
  orderTerms(sort, alias).forEach(([term, direction], i) =>
    i === 0 ? qb.orderBy(term, direction) : qb.addOrderBy(term, direction),
  );
}

/** The selected value a cursor is made of (as a string: bigint and microseconds survive JSON). */
export function cursorKeySql(sort: CaseSort, alias: string): string {
  const plan = planOf(sort);
  return plan.kind === 'timestamp'
    ? `CAST(CAST(EXTRACT(EPOCH FROM ${plan.column(alias)}) * 1000000 AS bigint) AS text)`
    : `CAST(${plan.column(alias)} AS text)`;
}

function sortTag(sort: CaseSort): string {
  return `${sort.field}:${sort.direction}`;
}

/** What a case's cursor holds: the sort it belongs to, the sort key and the id. */
export function caseCursorValues(sort: CaseSort, key: string, id: string): [string, string, string] {
  return [sortTag(sort), key, id];
}

/** Only rows after the cursor's place; a cursor of another sort order or a tampered one is a field error. */
export function applyAfter(
  qb: SelectQueryBuilder<CaseEntity>,
  sort: CaseSort,
  after: string,
  alias: string,
): void {
  const [tag, key, id] = decodeCursor(after, 3);
  if (
    tag !== sortTag(sort) ||
    typeof key !== 'string' ||
    !/^-?\d{1,20}$/.test(key) ||
    typeof id !== 'string' ||
    !isUUID(id)
  ) {
    throw new BadUserInputError([
      {
        field: 'after',
        message: 'ページ位置(カーソル)が正しくありません。並び順を変えた場合は最初から取得してください。',
      },
    ]);
  }
  const plan = planOf(sort);
  const operator = plan.sqlDirection === 'ASC' ? '>' : '<';
  const value =
    plan.kind === 'timestamp'
      ? `TIMESTAMPTZ 'epoch' + CAST(:afterKey AS bigint) * INTERVAL '1 microsecond'`
      : 'CAST(:afterKey AS integer)';
  qb.andWhere(`(${plan.column(alias)}, "${alias}"."id") ${operator} (${value}, CAST(:afterId AS uuid))`, {
    afterKey: key,
    afterId: id,
  });
}
