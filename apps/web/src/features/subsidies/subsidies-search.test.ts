import { conversionInputOf, subsidiesSearchSchema, switchedTo, trainingInputOf } from './subsidies-search';

const CASE = '00000000-0000-4000-8000-000000000012';

describe('the estimate in the address', () => {
  it('reads a linked training estimate as the API input (minutes, yen, the table named)', () => {
    const search = subsidiesSearchSchema.parse({
      kind: 'training',
      caseId: CASE,
      table: 'S003-2016',
      size: 'SME',
      uplift: true,
      trainees: [{ name: '訓練 花子', offJt: 5970, ojt: 18000, cost: 250000 }],
    });
    expect(trainingInputOf(search)).toEqual({
      rateTableId: 'S003-2016',
      companySize: 'SME',
      productivityUplift: true,
      trainees: [{ name: '訓練 花子', offJtMinutes: 5970, ojtMinutes: 18000, costBorneYen: 250000 }],
    });
    expect(conversionInputOf(search)).toBeNull();
  });

  it('asks for nothing until a company size and someone to estimate are given', () => {
    expect(trainingInputOf(subsidiesSearchSchema.parse({}))).toBeNull();
    expect(trainingInputOf(subsidiesSearchSchema.parse({ size: 'SME' }))).toBeNull();
  });

  it('drops broken values instead of failing the page (a bad id, a negative figure, a name typed as digits)', () => {
    const search = subsidiesSearchSchema.parse({
      kind: 'nonsense',
      caseId: 'not-a-uuid',
      size: 'HUGE',
      trainees: [{ name: 123, offJt: -5, ojt: 1.5, cost: 'x' }],
    });
    expect(search.kind).toBeUndefined();
    expect(search.caseId).toBeUndefined();
    expect(search.size).toBeUndefined();
    expect(search.trainees).toEqual([{ name: '123', offJt: 0, ojt: 0, cost: 0 }]);
  });

  it('reads a conversion estimate, the application day deciding the table unless one is named', () => {
    const search = subsidiesSearchSchema.parse({
      kind: 'conversion',
      size: 'SME',
      applicationOn: '2026-02-10',
      already: 18,
      people: [{ name: 'A', kind: 'FIXED_TO_REGULAR', convertedOn: '2025-07-01', dispatched: false }],
    });
    expect(conversionInputOf(search)).toEqual({
      rateTableId: null,
      companySize: 'SME',
      productivityUplift: false,
      alreadyAppliedThisFiscalYear: 18,
      applicationOn: '2026-02-10',
      conversions: [
        {
          name: 'A',
          kind: 'FIXED_TO_REGULAR',
          convertedOn: '2025-07-01',
          dispatchedWorkerHiredByClient: false,
        },
      ],
    });
  });

  it('keeps the case and the plan when the user switches estimate, and nothing else', () => {
    const search = subsidiesSearchSchema.parse({ caseId: CASE, size: 'SME', uplift: true });
    expect(switchedTo(search, 'conversion')).toEqual({ kind: 'conversion', caseId: CASE, planId: undefined });
  });
});
