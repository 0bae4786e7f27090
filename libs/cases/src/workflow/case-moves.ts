// Which moves a case offers now, for the screens: the same rules the move-back and completion use cases enforce.
import { MoveType } from '@kakehashi/offers';
import {
  CASE_FLOWS,
  COMPLETION_OUTCOMES,
  CaseStage,
  CompletionOutcome,
  ESTABLISHING_STAGE,
  isEstablishedStage,
  isTerminal,
  stageIndex,
} from './case-stage';

/**
 * The earlier stages of the flow a case may go back to, in the flow's order: none once it has ended, and once people
 * are established none before the establishment (a correction records that instead).
 */
export function moveBackTargets(moveType: MoveType, stage: CaseStage): CaseStage[] {
  if (isTerminal(stage)) return [];
  const from = stageIndex(moveType, stage);
  const floor = isEstablishedStage(moveType, stage) ? stageIndex(moveType, ESTABLISHING_STAGE[moveType]) : 0;
  return CASE_FLOWS[moveType].filter((_, index) => index >= floor && index < from);
}

/** The results a completion of this kind of move may record (a transfer has no return, extension or conversion). */
export function completionOutcomesOf(moveType: MoveType): CompletionOutcome[] {
  return [...COMPLETION_OUTCOMES[moveType]];
}
