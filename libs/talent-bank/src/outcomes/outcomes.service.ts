import { addMonths } from '@kakehashi/calendar';
import { BadUserInputError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EMPLOYMENT_TYPE_LABELS, EmploymentType } from '../talent-bank-enums';
import {
  reemploymentsByEmploymentType,
  reemploymentsByMonth,
  reemploymentsByOccupation,
} from './outcomes.queries';

export interface TalentBankOutcomes {
  fiscalYear: number;
  total: number;
  /** The twelve months April..March, each with its count (0 included). */
  byMonth: { month: string; count: number }[];
  /** Occupation groups re-employed into, most first; groups with none are left out. */
  byOccupation: { occupationCode: string; occupationName: string; count: number }[];
  byEmploymentType: { employmentType: EmploymentType; label: string; count: number }[];
}

/** The fiscal year (年度) a day falls in: April to March. */
export function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/**
 * 再就職実績: re-employments per fiscal year, by month and by the occupation group re-employed into. Counted from the
 * outcome rows alone (no personal data, untouched by anonymisation), by the day of re-employment. Aggregates only:
 * what executives and the statistics dashboard read.
 */
@Injectable()
export class TalentBankOutcomesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forFiscalYear(fiscalYear: number): Promise<TalentBankOutcomes> {
    if (!Number.isInteger(fiscalYear) || fiscalYear < 1987 || fiscalYear > 2100) {
      throw new BadUserInputError([
        { field: 'fiscalYear', message: '年度は1987〜2100の西暦（4月始まりの年）で指定してください。' },
      ]);
    }
    const from = `${fiscalYear}-04-01`;
    const to = `${fiscalYear + 1}-03-31`;
    const [months, occupations, types] = await Promise.all([
      reemploymentsByMonth(this.dataSource, from, to),
      reemploymentsByOccupation(this.dataSource, from, to),
      reemploymentsByEmploymentType(this.dataSource, from, to),
    ]);
    const byMonthMap = new Map(months.map((m) => [m.month, m.count]));
    const byMonth = Array.from({ length: 12 }, (_, i) => {
      const month = addMonths(from, i).slice(0, 7);
      return { month, count: byMonthMap.get(month) ?? 0 };
    });
    const byType = new Map(types.map((t) => [t.employmentType, t.count]));
    return {
      fiscalYear,
      total: byMonth.reduce((sum, m) => sum + m.count, 0),
      byMonth,
      byOccupation: occupations,
      byEmploymentType: Object.values(EmploymentType).map((employmentType) => ({
        employmentType,
        label: EMPLOYMENT_TYPE_LABELS[employmentType],
        count: byType.get(employmentType) ?? 0,
      })),
    };
  }
}
