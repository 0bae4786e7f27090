// What each stage needs, as a checklist the case shows at every step, and the guards that refuse a move while a
// required item is missing. Pure: the use cases gather the facts, this decides. Each stage's items are stated by its
// own function (checklist/stage-items.ts); this file combines them.
import { CASE_FLOWS, CaseStage, stageIndex } from './case-stage';
import type { CaseFacts, ChecklistItem, StageItems } from './checklist/checklist.types';
import { STAGE_ITEMS } from './checklist/stage-items';

export type { CaseFacts, ChecklistItem, OfferLimits } from './checklist/checklist.types';
export { contractPeriodProblems, wageSplitProblem } from './checklist/contract-rules';

/** The checklist of one stage of the case's flow. */
export function checklistOf(stage: CaseStage, facts: CaseFacts): ChecklistItem[] {
  // The table covers every CaseStage; a stage only the database could bring (an unknown value) still fails loudly.
  const items = STAGE_ITEMS[stage] as StageItems | undefined;
  if (!items) throw new Error(`no checklist for stage ${String(stage)}`);
  return items(facts).map((item) => ({
    ...item,
    stage,
    requiredBefore: item.requiredBefore ?? null,
  }));
}

/**
 * Items of any stage that must be done before entering `target` (the law's and the process's guards): no secondment
 * contract without every worker's consent and the union's agreement (or no union).
 */
function entryGuards(target: CaseStage, facts: CaseFacts): ChecklistItem[] {
  return flowChecklists(facts).flatMap(({ items }) =>
    items.filter((item) => item.required && item.requiredBefore === target),
  );
}

/**
 * The required items missing to go from the current stage to `target` (the next stage of the flow): the current
 * stage's own required items (except those due only before a later stage), plus the guards of the stage entered.
 * Empty means the move is allowed.
 */
export function missingToEnter(target: CaseStage, facts: CaseFacts): ChecklistItem[] {
  const leaving = checklistOf(facts.stage, facts).filter(
    (item) => item.required && !item.done && (item.requiredBefore === null || item.requiredBefore === target),
  );
  const guards = entryGuards(target, facts).filter((item) => !item.done);
  const seen = new Set(leaving.map((item) => item.key));
  return [...leaving, ...guards.filter((item) => !seen.has(item.key))];
}

/** The stages of the case's flow, each with its checklist. */
export function flowChecklists(facts: CaseFacts): { stage: CaseStage; items: ChecklistItem[] }[] {
  return CASE_FLOWS[facts.moveType]
    .filter((stage) => stageIndex(facts.moveType, stage) >= 0)
    .map((stage) => ({ stage, items: checklistOf(stage, facts) }));
}

/** One Japanese sentence naming every missing item, for the error message. */
export function describeMissing(target: string, missing: ChecklistItem[]): string {
  const parts = missing.map((item) =>
    item.detail ? `${item.label}(${item.detail.replace(/。$/, '')})` : item.label,
  );
  return `${target}に進めません。不足している項目: ${parts.join('、')}`;
}
