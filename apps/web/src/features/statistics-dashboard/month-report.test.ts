import { describe, expect, it } from 'vitest';
import { reportMonth } from './month-report';

type Month = Parameters<typeof reportMonth>[0][number];

const month = (yearMonth: string, state: string): Month =>
  ({ yearMonth, state, label: yearMonth }) as unknown as Month;

describe('the month a report is about', () => {
  const months = [
    month('2026-04', 'LIVE'),
    month('2026-05', 'LIVE'),
    month('2026-06', 'LIVE'),
    month('2026-07', 'NOT_YET'),
  ];

  it('is the latest ended month with figures', () => {
    expect(reportMonth(months, '2026-06')?.yearMonth).toBe('2026-05');
  });

  it('is the latest month with figures when none has ended yet, and none when no month has figures', () => {
    expect(reportMonth(months, '2026-04')?.yearMonth).toBe('2026-06');
    expect(reportMonth([month('2019-04', 'NOT_PUBLISHED')], '2026-12')).toBeNull();
  });
});
