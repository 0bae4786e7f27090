// How the API's stages of a case become the page: the step list, the current stage, the next move, and which stage
// records each stage shows. Presentation only; the API decides what a move needs and refuses what it lacks.
import type { Step, StepState } from '@kakehashi/web-ui';
import type { CaseStage, StageProgress } from '../../gql/graphql';

export interface StageView {
  stage: CaseStage;
  label: string;
  progress: StageProgress;
}

const STATES: Record<StageProgress, StepState> = { DONE: 'done', CURRENT: 'current', UPCOMING: 'upcoming' };

/** The path (STEP 1–6 or the transfer path) as the step list shows it, the current stage marked. */
export function stepsOf(stages: readonly StageView[]): Step[] {
  return stages.map((each) => ({ key: each.stage, label: each.label, state: STATES[each.progress] }));
}

/** The stage the case is at (for an ended case, where it stopped), or null for a completed one. */
export function currentStageOf<T extends StageView>(stages: readonly T[]): T | null {
  return stages.find((each) => each.progress === 'CURRENT') ?? null;
}

/** The stage after the current one in the case's own path. */
export function nextStageOf<T extends StageView>(stages: readonly T[]): T | null {
  const index = stages.findIndex((each) => each.progress === 'CURRENT');
  return index >= 0 ? (stages[index + 1] ?? null) : null;
}

export type NextMove = 'advance' | 'establish' | 'complete' | 'none';

/** The stages entered by recording the establishment (成立): the secondment's start, the transfer's hire. */
const ESTABLISHING: readonly CaseStage[] = ['STARTED', 'HIRED'];

/**
 * How the case moves on from its current stage: a plain advance, the establishment record (start or hire), the
 * completion record, or nothing (the case has ended).
 */
export function nextMoveOf(stage: CaseStage, stages: readonly StageView[]): NextMove {
  if (stage === 'COMPLETED' || stage === 'NOT_ESTABLISHED') return 'none';
  const next = nextStageOf(stages);
  if (!next) return 'none';
  if (ESTABLISHING.includes(next.stage)) return 'establish';
  if (next.stage === 'COMPLETED') return 'complete';
  return 'advance';
}

export type RecordKey =
  'meeting' | 'workers' | 'internalProcedure' | 'workplaceTour' | 'contract' | 'hiringAgreement';

/** The stage records each stage of the path asks for (the transfer's workers consent at the hiring agreement). */
const RECORDS: Partial<Record<CaseStage, readonly RecordKey[]>> = {
  INTER_COMPANY_MEETING: ['meeting'],
  INTERNAL_PROCEDURE: ['workers', 'internalProcedure'],
  WORKPLACE_TOUR: ['workplaceTour'],
  CONTRACT: ['contract'],
  HIRING_AGREED: ['workers', 'hiringAgreement'],
};

/** The records of the current stage, and those of the stages already passed (which can still be corrected). */
export function recordsOf(stages: readonly StageView[]): { current: RecordKey[]; earlier: RecordKey[] } {
  const currentIndex = stages.findIndex((each) => each.progress === 'CURRENT');
  const passed = currentIndex < 0 ? stages : stages.slice(0, currentIndex);
  const current = currentIndex < 0 ? [] : [...(RECORDS[stages[currentIndex].stage] ?? [])];
  const earlier = passed.flatMap((each) => RECORDS[each.stage] ?? []).filter((key) => !current.includes(key));
  return { current, earlier: [...new Set(earlier)] };
}
