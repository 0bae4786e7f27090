import {
  conversionDraftOf,
  conversionSearchOf,
  namesOf,
  TABLE_IN_FORCE,
  trainingDraftOf,
  trainingDraftOfPlan,
  trainingSearchOf,
} from './estimate-drafts';
import { subsidiesSearchSchema } from './subsidies-search';

describe('the estimate forms and the address', () => {
  it('shows minutes as hours and minutes, and puts them back as minutes', () => {
    const search = subsidiesSearchSchema.parse({
      size: 'LARGE',
      trainees: [{ offJt: 5970, ojt: 18000, cost: 80000 }],
    });
    const draft = trainingDraftOf(search, ['A']);
    expect(draft.trainees[0]).toMatchObject({
      name: 'A',
      offJtHours: 99,
      offJtMinutes: 30,
      ojtHours: 300,
      ojtMinutes: 0,
    });
    expect(draft.table).toBe(TABLE_IN_FORCE);
    expect(trainingSearchOf(draft, search)?.trainees).toEqual([{ offJt: 5970, ojt: 18000, cost: 80000 }]);
  });

  it('counts an empty field as nothing, and keeps the names typed (trimmed) out of the address', () => {
    const draft = trainingDraftOf(subsidiesSearchSchema.parse({}));
    draft.size = 'SME';
    draft.trainees[0] = { ...draft.trainees[0], name: ' 訓練 花子 ', offJtHours: 120 };
    const next = trainingSearchOf(draft, {});
    expect(next?.trainees).toEqual([{ offJt: 7200, ojt: 0, cost: 0 }]);
    expect(JSON.stringify(next)).not.toContain('花子');
    expect(namesOf(draft.trainees)).toEqual(['訓練 花子']);
  });

  it('shows no name after a reload (the address has none), and the names kept when the page has them', () => {
    const search = subsidiesSearchSchema.parse({ size: 'SME', people: [{ kind: 'FIXED_TO_REGULAR' }, {}] });
    expect(conversionDraftOf(search).people.map((each) => each.name)).toEqual(['', '']);
    expect(conversionDraftOf(search, ['転換 一郎']).people.map((each) => each.name)).toEqual([
      '転換 一郎',
      '',
    ]);
  });

  it('refuses to estimate without a company size', () => {
    expect(trainingSearchOf(trainingDraftOf({}), {})).toBeNull();
    expect(conversionSearchOf(conversionDraftOf({}), {})).toBeNull();
  });

  it('keeps the case and plan of the address, and names a table only when one was chosen', () => {
    const search = { caseId: 'c', planId: 'p' };
    const draft = { ...trainingDraftOf({}), size: 'SME' as const, table: 'S001-2015' };
    expect(trainingSearchOf(draft, search)).toMatchObject({ caseId: 'c', planId: 'p', table: 'S001-2015' });
    expect(trainingSearchOf({ ...draft, table: TABLE_IN_FORCE }, search)?.table).toBeUndefined();
  });

  it('prefills from a plan: trainee, company size at submission, planned hours; the cost left to enter', () => {
    const draft = trainingDraftOfPlan({
      id: 'p',
      caseId: 'c',
      traineeName: '訓練 花子',
      companySizeAtSubmission: 'SME',
      validation: {
        figures: { offJtMinutes: 5100, ojtMinutes: 20400 },
      },
    });
    expect(draft.size).toBe('SME');
    expect(draft.trainees).toEqual([
      { name: '訓練 花子', offJtHours: 85, offJtMinutes: 0, ojtHours: 340, ojtMinutes: 0, cost: null },
    ]);
  });

  it('sends a missing date as empty text, for the API to say what is wrong', () => {
    const draft = { ...conversionDraftOf({}), size: 'SME' as const };
    draft.people = [{ ...draft.people[0], name: '転換 一郎' }];
    const next = conversionSearchOf(draft, {});
    expect(next).toMatchObject({ applicationOn: '', already: 0 });
    expect(next?.people).toEqual([{ kind: 'FIXED_TO_REGULAR', convertedOn: '', dispatched: false }]);
    expect(JSON.stringify(next)).not.toContain('一郎');
  });
});
