import type { CaseStage, StageProgress } from '../../gql/graphql';
import { nextMoveOf, recordsOf, stepsOf, type StageView } from './case-steps';

const SECONDMENT: [CaseStage, string][] = [
  ['INFORMATION_COLLECTION', 'STEP1 情報収集'],
  ['INTER_COMPANY_MEETING', 'STEP2 企業間面談'],
  ['INTERNAL_PROCEDURE', '出向元の社内手続'],
  ['WORKPLACE_TOUR', 'STEP3 職場見学'],
  ['CONTRACT', 'STEP4 出向契約の締結'],
  ['STARTED', 'STEP5 出向の開始'],
  ['FOLLOW_UP', 'STEP6 フォローアップ'],
  ['COMPLETED', '完了'],
];
const TRANSFER: [CaseStage, string][] = [
  ['INFORMATION_COLLECTION', 'STEP1 情報収集'],
  ['INTER_COMPANY_MEETING', 'STEP2 企業間面談'],
  ['WORKPLACE_TOUR', 'STEP3 職場見学'],
  ['HIRING_AGREED', '採用内定'],
  ['HIRED', '採用(移籍)'],
  ['FOLLOW_UP', 'STEP6 フォローアップ'],
  ['COMPLETED', '完了'],
];

/** The API's stages of a path with the case at `at` (every stage done when `at` is past the end). */
function path(flow: [CaseStage, string][], at: number): StageView[] {
  return flow.map(([stage, label], index) => ({
    stage,
    label,
    progress: (index < at ? 'DONE' : index === at ? 'CURRENT' : 'UPCOMING') as StageProgress,
  }));
}

describe('the step list of a case', () => {
  it('shows the secondment path with the stages passed, the current one marked and those ahead', () => {
    expect(stepsOf(path(SECONDMENT, 3))).toEqual([
      { key: 'INFORMATION_COLLECTION', label: 'STEP1 情報収集', state: 'done' },
      { key: 'INTER_COMPANY_MEETING', label: 'STEP2 企業間面談', state: 'done' },
      { key: 'INTERNAL_PROCEDURE', label: '出向元の社内手続', state: 'done' },
      { key: 'WORKPLACE_TOUR', label: 'STEP3 職場見学', state: 'current' },
      { key: 'CONTRACT', label: 'STEP4 出向契約の締結', state: 'upcoming' },
      { key: 'STARTED', label: 'STEP5 出向の開始', state: 'upcoming' },
      { key: 'FOLLOW_UP', label: 'STEP6 フォローアップ', state: 'upcoming' },
      { key: 'COMPLETED', label: '完了', state: 'upcoming' },
    ]);
  });

  it('shows the transfer path as the API gives it, ending in 採用 and its follow-up', () => {
    const steps = stepsOf(path(TRANSFER, 4));
    expect(steps.map((step) => step.label)).toEqual(TRANSFER.map(([, label]) => label));
    expect(steps.find((step) => step.state === 'current')?.label).toBe('採用(移籍)');
  });

  it('marks every step done for a completed case', () => {
    expect(stepsOf(path(SECONDMENT, 8)).every((step) => step.state === 'done')).toBe(true);
  });
});

describe('the next move of a case', () => {
  it('advances, records the establishment before STEP5 or 採用, and records the completion after STEP6', () => {
    expect(nextMoveOf('INFORMATION_COLLECTION', path(SECONDMENT, 0))).toBe('advance');
    expect(nextMoveOf('CONTRACT', path(SECONDMENT, 4))).toBe('establish');
    expect(nextMoveOf('STARTED', path(SECONDMENT, 5))).toBe('advance');
    expect(nextMoveOf('FOLLOW_UP', path(SECONDMENT, 6))).toBe('complete');
    expect(nextMoveOf('HIRING_AGREED', path(TRANSFER, 3))).toBe('establish');
  });

  it('offers nothing once the case has ended', () => {
    expect(nextMoveOf('COMPLETED', path(SECONDMENT, 8))).toBe('none');
    // A case that ended as not established shows where it stopped as current; it still cannot move.
    expect(nextMoveOf('NOT_ESTABLISHED', path(SECONDMENT, 2))).toBe('none');
  });
});

describe('the records each stage shows', () => {
  it('asks the current stage for its own records and keeps the earlier ones open for correction', () => {
    expect(recordsOf(path(SECONDMENT, 2))).toEqual({
      current: ['workers', 'internalProcedure'],
      earlier: ['meeting'],
    });
    expect(recordsOf(path(SECONDMENT, 5))).toEqual({
      current: [],
      earlier: ['meeting', 'workers', 'internalProcedure', 'workplaceTour', 'contract'],
    });
    expect(recordsOf(path(TRANSFER, 3))).toEqual({
      current: ['workers', 'hiringAgreement'],
      earlier: ['meeting', 'workplaceTour'],
    });
  });
});
