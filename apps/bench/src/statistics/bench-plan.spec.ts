import { benchPlan, MEAN_PEOPLE_PER_EVENT } from './bench-plan';

describe('benchPlan', () => {
  const rates = { receiving: 150_000, sending: 20_000, established: 10_000 };

  it('covers ten complete fiscal years and the current one up to today, each day once, live from the first April', () => {
    const plan = benchPlan('2026-11-21', 10, rates);
    expect(plan.liveFrom).toBe('2016-04');
    expect(plan.windows[0]).toMatchObject({ from: '2016-04-01', to: '2017-03-31' });
    expect(plan.windows).toHaveLength(11);
    expect(plan.months).toBe(128);
    expect(plan.windows.at(-1)!.to).toBe('2026-11-21');
    for (let i = 1; i < plan.windows.length; i += 1) {
      const previousEnd = new Date(`${plan.windows[i - 1].to}T00:00:00Z`).getTime();
      expect(new Date(`${plan.windows[i].from}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
    }
    expect(plan.fiscalYears).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(benchPlan('2027-02-10', 1, rates)).toMatchObject({
      liveFrom: '2025-04',
      fiscalYears: [2025, 2026],
    });
  });

  it('scales the yearly rates to each window, so ten years hold ten years of offers and people', () => {
    const plan = benchPlan('2026-11-21', 10, rates);
    const total = (pick: (w: (typeof plan.windows)[number]) => number) =>
      plan.windows.reduce((sum, w) => sum + pick(w), 0);
    const days = total((w) => w.days);
    expect(days).toBe((Date.UTC(2026, 10, 21) - Date.UTC(2016, 3, 1)) / 86_400_000 + 1);
    expect(total((w) => w.receiving) / (days / 365.25)).toBeCloseTo(150_000, -2);
    expect(total((w) => w.sending) / (days / 365.25)).toBeCloseTo(20_000, -2);
    expect((total((w) => w.events) * MEAN_PEOPLE_PER_EVENT) / (days / 365.25)).toBeCloseTo(10_000, -2);
  });
});
