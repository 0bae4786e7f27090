import { describe, expect, it } from 'vitest';
import {
  currentMoment,
  draftOf,
  domIdOf,
  momentSteps,
  nextState,
  pathOf,
  ratingInputs,
  stateSteps,
  type SheetEvaluation,
} from './sheet-view';

const label = (value: string) => `«${value}»`;

describe('where an evaluation sheet stands', () => {
  it('is at the targets until they are presented, then at the mid-term, then at the final', () => {
    expect(currentMoment([])).toBe('TARGETS');
    expect(currentMoment([{ moment: 'TARGETS', state: 'SELF_RATED' }])).toBe('TARGETS');
    expect(currentMoment([{ moment: 'TARGETS', state: 'ISSUED' }])).toBe('MIDTERM');
    expect(
      currentMoment([
        { moment: 'TARGETS', state: 'ISSUED' },
        { moment: 'MIDTERM', state: 'ISSUED' },
        { moment: 'FINAL', state: 'EXPLAINED' },
      ]),
    ).toBe('FINAL');
  });

  it('is nowhere once the final evaluation is issued, and shows every moment done', () => {
    const steps = (['TARGETS', 'MIDTERM', 'FINAL'] as const).map((moment) => ({
      moment,
      state: 'ISSUED' as const,
    }));
    expect(currentMoment(steps)).toBeNull();
    expect(momentSteps(steps, label).map((step) => step.state)).toEqual(['done', 'done', 'done']);
  });

  it('marks the current moment and leaves later ones upcoming', () => {
    const steps = momentSteps([{ moment: 'TARGETS', state: 'ISSUED' }], label);
    expect(steps).toEqual([
      { key: 'TARGETS', label: '«TARGETS»', state: 'done' },
      { key: 'MIDTERM', label: '«MIDTERM»', state: 'current' },
      { key: 'FINAL', label: '«FINAL»', state: 'upcoming' },
    ]);
  });

  it('shows the procedure of an evaluation up to its current step', () => {
    expect(stateSteps('CONFIRMED', label).map((step) => step.state)).toEqual([
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
    ]);
    expect(stateSteps(null, label).every((step) => step.state === 'upcoming')).toBe(true);
    expect(stateSteps('ISSUED', label).at(-1)?.state).toBe('done');
  });

  it('moves a rated evaluation one step at a time, and the targets straight to presented', () => {
    expect(nextState('MIDTERM', 'SELF_RATED')).toBe('COMPANY_RATED');
    expect(nextState('FINAL', 'EXPLAINED')).toBe('ISSUED');
    expect(nextState('FINAL', 'ISSUED')).toBeNull();
    expect(nextState('TARGETS', 'SELF_RATED')).toBe('ISSUED');
    expect(nextState('MIDTERM', null)).toBeNull();
  });
});

const evaluation = {
  ratings: [
    {
      key: 'II.WORK_ATTITUDE.1',
      self: 'A',
      company: 'B',
      notEvaluated: false,
      leadNote: '確認済み',
      explanationNote: null,
    },
    { key: 'III1.0.1', self: null, company: null, notEvaluated: true, leadNote: null, explanationNote: null },
  ],
} as unknown as SheetEvaluation;

describe('the rating form', () => {
  const keys = ['II.WORK_ATTITUDE.1', 'III1.0.1', 'III2.0.1'];

  it('starts from what was recorded, and a blank row for each criterion not rated yet', () => {
    const draft = draftOf(keys, evaluation);
    expect(draft['II.WORK_ATTITUDE.1']).toMatchObject({ self: 'A', company: 'B', leadNote: '確認済み' });
    expect(draft['III1.0.1']?.notEvaluated).toBe(true);
    expect(draft['III2.0.1']).toEqual({
      self: null,
      company: null,
      notEvaluated: false,
      leadNote: '',
      explanationNote: '',
    });
  });

  it('sends every criterion, a struck one without grades and blank notes as none', () => {
    const draft = draftOf(keys, evaluation);
    draft['III1.0.1'] = { ...draft['III1.0.1']!, self: 'C' };
    const inputs = ratingInputs(keys, draft);
    expect(inputs).toHaveLength(3);
    expect(inputs[1]).toEqual({
      key: 'III1.0.1',
      notEvaluated: true,
      self: null,
      company: null,
      leadNote: null,
      explanationNote: null,
    });
    expect(inputs[0]?.leadNote).toBe('確認済み');
  });
});

describe("which input shows the API's field", () => {
  it('names a rating by its criterion key, whether the API gave the key or the row index', () => {
    const keys = ['II.WORK_ATTITUDE.1', 'III2.0.1'];
    expect(pathOf('input.ratings.1.leadNote', keys)).toBe('ratings.III2.0.1.leadNote');
    expect(pathOf('input.ratings.0.key', keys)).toBe('ratings.II.WORK_ATTITUDE.1');
    expect(pathOf('ratings.III2.0.1.explanationNote', keys)).toBe('ratings.III2.0.1.explanationNote');
  });

  it("reads the update input's III(2) units as the findings name them", () => {
    expect(pathOf('input.section3Special.0.criteria.2.code')).toBe('section3Special.units.0.criteria.2.code');
    expect(pathOf('section3Special.units.0.criteria.2.code')).toBe('section3Special.units.0.criteria.2.code');
    expect(pathOf('input.header.duty')).toBe('header.duty');
  });

  it('makes a safe DOM id of a path', () => {
    expect(domIdOf('ratings.II.WORK_ATTITUDE.1.self')).toBe('f-ratings-II-WORK_ATTITUDE-1-self');
  });
});

describe("a refusal of the seeds' rules", () => {
  it('lists each finding as a field line, so each links to its input', async () => {
    const { withFindings } = await import('./use-sheet-command');
    const failure = {
      code: 'FAILED_PRECONDITION',
      reason: 'RULES_NOT_MET',
      message: '中間評価を進められません。',
      fields: [],
      retryAfterSeconds: null,
      extensions: { findings: [{ field: 'ratings.III2.1.1.leadNote', message: '確認の記録がありません' }] },
    };
    expect(withFindings(failure).fields).toEqual([
      { field: 'ratings.III2.1.1.leadNote', message: '確認の記録がありません' },
    ]);
    expect(withFindings({ ...failure, extensions: {} }).fields).toEqual([]);
  });
});
