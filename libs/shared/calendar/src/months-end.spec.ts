import { addDays, addMonths, monthsEnd } from './calendar-date';

// The checked examples of the Job Card spec §2.2 (民法 140/143), copied into docs/jobcard/jobcard-spec.md.
describe('monthsEnd: the last day of an n-month period (民法 第143条)', () => {
  it.each([
    ['2025-04-01', 3, '2025-06-30'],
    ['2025-04-01', 6, '2025-09-30'],
    ['2025-04-15', 3, '2025-07-14'],
    ['2025-04-15', 6, '2025-10-14'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-27'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2025-03-01', 1, '2025-03-31'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2028-01-30', 1, '2028-02-29'],
    ['2025-04-01', 12, '2026-03-31'],
  ])('a period starting %s of %i months ends on %s', (first, months, end) => {
    expect(monthsEnd(first, months)).toBe(end);
  });

  it('is not addMonths: within a month counting from the day after 2025-02-28 ends on 2025-03-31', () => {
    expect(monthsEnd(addDays('2025-02-28', 1), 1)).toBe('2025-03-31');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28');
  });
});
