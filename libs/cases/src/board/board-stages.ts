// Which columns a board shows, in the order a case walks them. The two flows share their first and last stages; the
// stages only one move type has sit where that flow has them, so one board reads left to right for both.
import type { MoveType } from '@kakehashi/offers';
import { CASE_FLOWS, CaseStage, TERMINAL_STAGES } from '../workflow/case-stage';

/** Every stage once: secondment's, then the transfer-only ones before STEP6, then the endings. */
export const BOARD_STAGE_ORDER: readonly CaseStage[] = [
  CaseStage.INFORMATION_COLLECTION,
  CaseStage.INTER_COMPANY_MEETING,
  CaseStage.INTERNAL_PROCEDURE,
  CaseStage.WORKPLACE_TOUR,
  CaseStage.CONTRACT,
  CaseStage.STARTED,
  CaseStage.HIRING_AGREED,
  CaseStage.HIRED,
  CaseStage.FOLLOW_UP,
  CaseStage.COMPLETED,
  CaseStage.NOT_ESTABLISHED,
];

/** The open stages: what a board shows unless closed cases are asked for. */
export const OPEN_STAGES: readonly CaseStage[] = BOARD_STAGE_ORDER.filter(
  (stage) => !TERMINAL_STAGES.includes(stage),
);

/**
 * The stages a query covers, or null for all. Closed cases (completed, not established) are hidden unless asked for,
 * either with includeClosed or by naming their stage.
 */
export function visibleStages(filter: {
  stages?: readonly CaseStage[] | null;
  includeClosed?: boolean | null;
}): CaseStage[] | null {
  if (filter.stages?.length) return BOARD_STAGE_ORDER.filter((stage) => filter.stages?.includes(stage));
  return filter.includeClosed ? null : [...OPEN_STAGES];
}

/** The board's columns: the move type's flow (or every stage), narrowed to the visible stages. */
export function boardColumns(moveType: MoveType | null, visible: readonly CaseStage[] | null): CaseStage[] {
  const flow = moveType ? [...CASE_FLOWS[moveType], CaseStage.NOT_ESTABLISHED] : BOARD_STAGE_ORDER;
  return flow.filter((stage) => !visible || visible.includes(stage));
}
