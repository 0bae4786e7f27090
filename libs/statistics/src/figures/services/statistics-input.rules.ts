import type { FieldError } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import {
  firstMonthOfFiscalYear,
  isYearMonth,
  lastMonthOfFiscalYear,
  monthsBetween,
} from '../../periods/year-month';
import { StatisticsException } from '../../statistics.exception';

/** The Center was founded in March 1987: no figure can be older. */
export const FIRST_FISCAL_YEAR = 1987;
export const LAST_FISCAL_YEAR = 2100;
/** The longest period one request may span (annual rows, flows). */
export const MAX_FISCAL_YEARS = 50;

export function fiscalYearError(field: string, value: unknown): FieldError | null {
  return Number.isInteger(value) &&
    (value as number) >= FIRST_FISCAL_YEAR &&
    (value as number) <= LAST_FISCAL_YEAR
    ? null
    : {
        field,
        message: `年度は${FIRST_FISCAL_YEAR}〜${LAST_FISCAL_YEAR}の西暦で指定してください(例: 2022 = 2022年度 = 2022年4月〜2023年3月)。`,
      };
}

export function moveTypeError(field: string, value: unknown): FieldError | null {
  return value === null || value === undefined || Object.values(MoveType).includes(value as MoveType)
    ? null
    : { field, message: '形態は SECONDMENT(在籍型出向)または TRANSFER(移籍)を指定してください。' };
}

export function throwIfProblems(problems: (FieldError | null)[]): void {
  const found = problems.filter((p): p is FieldError => p !== null);
  if (found.length) throw StatisticsException.invalidInput(found);
}

/**
 * A period bound: a month ('2022-04') or a fiscal year ('FY2022' or '2022年度'; as `from` its April, as `to` the
 * following March). Null when it is neither.
 */
export function periodBound(text: string, as: 'from' | 'to'): string | null {
  const value = text.normalize('NFKC').trim();
  if (isYearMonth(value)) return value;
  const fiscal = /^(?:FY(\d{4})|(\d{4})年度)$/i.exec(value);
  if (!fiscal) return null;
  const year = Number(fiscal[1] ?? fiscal[2]);
  if (year < FIRST_FISCAL_YEAR || year > LAST_FISCAL_YEAR) return null;
  return as === 'from' ? firstMonthOfFiscalYear(year) : lastMonthOfFiscalYear(year);
}

/** The months of a period given as from/to bounds, or the field errors. */
export function periodOf(from: string, to: string): { from: string; to: string; months: string[] } {
  const start = periodBound(from ?? '', 'from');
  const end = periodBound(to ?? '', 'to');
  const message = '月(例: 2022-04)または年度(例: FY2022、2022年度)で指定してください。';
  throwIfProblems([start ? null : { field: 'from', message }, end ? null : { field: 'to', message }]);
  if ((start as string) > (end as string)) {
    throwIfProblems([{ field: 'to', message: '終わりは始まり以降の月を指定してください。' }]);
  }
  const months = monthsBetween(start as string, end as string);
  if (months.length > MAX_FISCAL_YEARS * 12) {
    throwIfProblems([{ field: 'to', message: `期間は${MAX_FISCAL_YEARS}年以内で指定してください。` }]);
  }
  return { from: start as string, to: end as string, months };
}
