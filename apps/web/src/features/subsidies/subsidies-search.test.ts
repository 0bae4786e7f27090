import {
  addressKeyOf,
  carriesNames,
  conversionInputOf,
  subsidiesSearchSchema,
  switchedTo,
  trainingInputOf,
} from './subsidies-search';

const CASE = '00000000-0000-4000-8000-000000000012';

describe('the estimate in the address', () => {
  it('reads a linked training estimate as the API input (minutes, yen, the table named), the names beside it', () => {
    const search = subsidiesSearchSchema.parse({
      kind: 'training',
      caseId: CASE,
      table: 'S003-2016',
      size: 'SME',
      uplift: true,
      trainees: [
        { offJt: 5970, ojt: 18000, cost: 250000 },
        { offJt: 600, ojt: 0, cost: 0 },
      ],
    });
    expect(trainingInputOf(search, ['訓練 花子'])).toEqual({
      rateTableId: 'S003-2016',
      companySize: 'SME',
      productivityUplift: true,
      trainees: [
        { name: '訓練 花子', offJtMinutes: 5970, ojtMinutes: 18000, costBorneYen: 250000 },
        { name: '2人目', offJtMinutes: 600, ojtMinutes: 0, costBorneYen: 0 },
      ],
    });
    expect(conversionInputOf(search)).toBeNull();
  });

  it('names a row by its position when no name was typed (a reload or a link has none)', () => {
    const search = subsidiesSearchSchema.parse({ size: 'SME', trainees: [{ offJt: 60, ojt: 0, cost: 0 }] });
    expect(trainingInputOf(search)?.trainees[0].name).toBe('1人目');
    expect(trainingInputOf(search, ['  '])?.trainees[0].name).toBe('1人目');
  });

  it('drops the names of an old link, and keys an estimate by its figures whatever the names', () => {
    const search = subsidiesSearchSchema.parse({
      size: 'SME',
      trainees: [{ name: '訓練 花子', offJt: 60, ojt: 0, cost: 0 }],
      people: [{ name: '転換 一郎', kind: 'FIXED_TO_REGULAR', convertedOn: '', dispatched: false }],
    });
    expect(JSON.stringify(search)).not.toContain('花子');
    expect(JSON.stringify(search)).not.toContain('一郎');
    expect(addressKeyOf(search)).toBe(addressKeyOf({ ...search }));
    expect(addressKeyOf(search)).not.toContain('花子');
  });

  it('tells an old link carrying names (to be replaced) from an address without them', () => {
    expect(carriesNames('?trainees=%5B%7B%22name%22%3A%22A%22%7D%5D')).toBe(true);
    expect(carriesNames('?kind=training&size=SME&trainees=%5B%7B%22offJt%22%3A60%7D%5D')).toBe(false);
  });

  it('asks for nothing until a company size and someone to estimate are given', () => {
    expect(trainingInputOf(subsidiesSearchSchema.parse({}))).toBeNull();
    expect(trainingInputOf(subsidiesSearchSchema.parse({ size: 'SME' }))).toBeNull();
  });

  it('drops broken values instead of failing the page (a bad id, a negative figure, a fraction)', () => {
    const search = subsidiesSearchSchema.parse({
      kind: 'nonsense',
      caseId: 'not-a-uuid',
      size: 'HUGE',
      trainees: [{ offJt: -5, ojt: 1.5, cost: 'x' }],
    });
    expect(search.kind).toBeUndefined();
    expect(search.caseId).toBeUndefined();
    expect(search.size).toBeUndefined();
    expect(search.trainees).toEqual([{ offJt: 0, ojt: 0, cost: 0 }]);
  });

  it('reads a conversion estimate, the application day deciding the table unless one is named', () => {
    const search = subsidiesSearchSchema.parse({
      kind: 'conversion',
      size: 'SME',
      applicationOn: '2026-02-10',
      already: 18,
      people: [{ kind: 'FIXED_TO_REGULAR', convertedOn: '2025-07-01', dispatched: false }],
    });
    expect(conversionInputOf(search, ['A'])).toEqual({
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
