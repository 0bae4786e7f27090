import type { RuleFinding } from '../../shared/rule-finding';
import type { Evaluation, EvaluationPlanContext, EvaluationSheet } from '../evaluation-sheet';
import type { EvaluationSheetReference } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { sheetCriteria } from './criterion-keys';
import { checkEvaluationDates } from './evaluation-dates.rule';
import { samePerson, stateRequirements } from './evaluation-workflow.rule';
import { checkRatings } from './ratings.rule';
import { isBlank, sheetFinding } from './sheet-text';

/** The evaluator and the lead are the persons the plan names (§5.9); the lead is also the one the sheet prints. */
function checkRoles(
  sheet: EvaluationSheet,
  evaluation: Evaluation,
  plan: EvaluationPlanContext,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const { evaluatorName, leadName } = evaluation;
  const plannedEvaluator = plan.evaluatorName;
  if (
    evaluatorName &&
    plannedEvaluator &&
    !isBlank(plannedEvaluator) &&
    !samePerson(evaluatorName, plannedEvaluator)
  ) {
    findings.push(sheetFinding('EVALUATOR_NOT_PLANNED', 'evaluatorName', evaluatorName, plannedEvaluator));
  }
  const plannedLead = isBlank(plan.evaluationLeadName)
    ? sheet.header.evaluationLeadName
    : plan.evaluationLeadName;
  if (leadName && plannedLead && !isBlank(plannedLead) && !samePerson(leadName, plannedLead)) {
    findings.push(sheetFinding('LEAD_NOT_PLANNED', 'leadName', leadName, plannedLead));
  }
  return findings;
}

/**
 * Every rule on one evaluation of a sheet (R-ES-12, 14, 15, 16): its date against the plan, its ratings against the
 * sheet, what its current state requires, and who did it.
 */
export function validateEvaluation(
  sheet: EvaluationSheet,
  evaluation: Evaluation,
  plan: EvaluationPlanContext,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  return [
    ...checkEvaluationDates(evaluation, plan),
    ...checkRatings(sheetCriteria(sheet, reference), evaluation),
    ...stateRequirements(evaluation, evaluation.state, sheet, reference),
    ...checkRoles(sheet, evaluation, plan),
  ];
}
