// The living demo statistics as planned: months from the cut-over to the last ended one, and records that could have
// happened (the case's people fit both offers, both offers take its kind of move, it was established after both were
// received, in the same month), so the cases and figures a user opens make sense.
import { isValidCorporateNumber } from '@kakehashi/text';
import {
  DEMO_STATISTICS_COMPANIES,
  DEMO_STATISTICS_OFFICES,
  lastEndedMonth,
  planDemoStatistics,
} from './demo-statistics-plan';

describe('planDemoStatistics', () => {
  const rows = planDemoStatistics('2026-12-06');

  it('covers each office in every month from the cut-over to the last ended one', () => {
    expect(lastEndedMonth('2026-12-06')).toBe('2026-11');
    expect(lastEndedMonth('2027-01-01')).toBe('2026-12');
    const months = [...new Set(rows.map((r) => r.month))];
    expect(months[0]).toBe('2023-02');
    expect(months[months.length - 1]).toBe('2026-11');
    expect(months).toHaveLength(46);
    for (const month of months) {
      const ofMonth = rows.filter((r) => r.month === month);
      // Every office sends and receives once a month, so each has all three figures every month.
      expect(ofMonth.map((r) => r.sending.officeCode).sort()).toEqual([...DEMO_STATISTICS_OFFICES].sort());
      expect(ofMonth.map((r) => r.receiving.officeCode).sort()).toEqual([...DEMO_STATISTICS_OFFICES].sort());
    }
    expect(planDemoStatistics('2023-02-20')).toEqual([]);
  });

  it('plans only cases that fit their offers, established after both were received', () => {
    for (const { month, sending, receiving, established } of rows) {
      expect(
        [sending.receivedOn, receiving.receivedOn, established.occurredOn].map((d) => d.slice(0, 7)),
      ).toEqual([month, month, month]);
      expect(
        established.occurredOn > sending.receivedOn && established.occurredOn > receiving.receivedOn,
      ).toBe(true);
      expect(established.people).toBeGreaterThanOrEqual(1);
      expect(established.workers).toHaveLength(established.people);
      for (const w of established.workers) expect(w.consentOn < established.occurredOn).toBe(true);
      expect(established.people).toBeLessThanOrEqual(Math.min(sending.people, receiving.people));
      expect([established.moveType, 'EITHER']).toContain(sending.moveType);
      expect(
        established.moveType === 'SECONDMENT' ? receiving.acceptsSecondment : receiving.acceptsTransfer,
      ).toBe(true);
    }
  });

  it('mixes secondments and transfers, and flows between offices and industries', () => {
    const kinds = new Set(rows.map((r) => r.established.moveType));
    expect([...kinds].sort()).toEqual(['SECONDMENT', 'TRANSFER']);
    expect(rows.some((r) => r.sending.officeCode !== r.receiving.officeCode)).toBe(true);
    expect(new Set(DEMO_STATISTICS_COMPANIES.map((c) => c.jsicMajorCode)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives the companies distinct, valid 法人番号 and clearly fictitious names', () => {
    const numbers = DEMO_STATISTICS_COMPANIES.map((c) => c.corporateNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every(isValidCorporateNumber)).toBe(true);
    expect(DEMO_STATISTICS_COMPANIES.every((c) => c.legalName.startsWith('統計デモ'))).toBe(true);
  });
});
