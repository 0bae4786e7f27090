// The persons in charge of instruction and evaluation (R-TR-10, R-TR-15, spec §5.9): all four appointed (S001:186),
// in principle regular employees (S001:871); lead ≠ trainer and evaluation lead ≠ evaluator in principle, while
// lead = evaluation lead and trainer = evaluator are allowed (S001:872).
// [adopted §10 #11] The two must-differ pairs are errors; with the consultant's override reason they are warnings.
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M, type RoleKey } from '../training-plans.messages';
import { isFilled, planError, planWarning } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { PlanRoles } from './training-plan.types';

const ROLE_KEYS: readonly RoleKey[] = ['trainingLead', 'trainer', 'evaluationLead', 'evaluator'];

/**
 * A name as the pairs compare it: NFKC (full-width letters and spaces folded) and without any whitespace, so that
 * 「佐藤 太郎」 (with a half- or full-width space) and 「佐藤太郎」 are one person: names are typed both ways.
 */
export const comparableName = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '');

function pairFinding(
  roles: PlanRoles,
  lead: RoleKey,
  member: RoleKey,
  overrideReason: string | null,
): RuleFinding[] {
  const leadName = roles[lead].name;
  if (!isFilled(leadName) || !isFilled(roles[member].name)) return [];
  if (comparableName(leadName) !== comparableName(roles[member].name)) return [];
  const source = lead === 'trainingLead' ? F.ROLE_LEAD_IS_TRAINER : F.ROLE_EVALUATION_LEAD_IS_EVALUATOR;
  const field = `roles.${member}`;
  if (isFilled(overrideReason)) {
    return [planWarning(source, field, M.rolePairOverridden(lead, member, leadName, overrideReason ?? ''))];
  }
  return [planError(source, field, M.rolePairSame(lead, member, leadName))];
}

export function validateRoles(roles: PlanRoles, overrideReason: string | null): RuleFinding[] {
  const missing = ROLE_KEYS.filter((key) => !isFilled(roles[key].name)).map((key) =>
    planError(F.ROLE_HOLDER_MISSING, `roles.${key}`, M.roleHolderMissing(key)),
  );
  // 原則として自社の正社員: a warning (spec §2.3).
  const notRegular = ROLE_KEYS.filter((key) => isFilled(roles[key].name) && !roles[key].regularEmployee).map(
    (key) =>
      planWarning(
        F.ROLE_HOLDER_NOT_REGULAR_EMPLOYEE,
        `roles.${key}`,
        M.roleHolderNotRegular(key, roles[key].name),
      ),
  );
  return [
    ...missing,
    ...notRegular,
    ...pairFinding(roles, 'trainingLead', 'trainer', overrideReason),
    ...pairFinding(roles, 'evaluationLead', 'evaluator', overrideReason),
  ];
}
