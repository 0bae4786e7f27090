// A stored plan as the API shows it: the rules run on every read (the draft is never trusted as valid), the trainee's
// eligibility from the recorded facts and the plan's period, the logs with their totals and findings.
import { isCalendarDay } from '@kakehashi/calendar';
import type { TraineeEligibilityModel } from '../eligibility/eligibility.model';
import { traineeEligibility } from '../eligibility/rules/trainee-eligibility';
import { toRuleFindingModel } from '../shared/rule-finding.view';
import { logTotals } from '../training-logs/rules/log-totals';
import { validateTrainingLog } from '../training-logs/rules/validate-training-log';
import type { TrainingLogTotalsModel } from '../training-logs/training-log.model';
import type { TrainingPlanEntity } from './training-plan.entity';
import type { TrainingPlanDraftModel } from './training-plan-draft.model';
import type { TrainingPlanModel, TrainingPlanValidationModel } from './training-plan.model';
import type { TrainingPlanDraft } from './rules/training-plan.types';
import { type TrainingPlanValidation, validateTrainingPlan } from './rules/validate-training-plan';
import { formatMinutes, formatPeriodLength, formatPermille } from './training-plans.messages';
import { hasErrors } from '../shared/rule-finding';

const orNull = <T, R>(value: T | null, map: (value: T) => R): R | null =>
  value === null ? null : map(value);

export function toValidationModel(validation: TrainingPlanValidation): TrainingPlanValidationModel {
  const { figures } = validation;
  return {
    valid: !hasErrors(validation.findings),
    findings: validation.findings.map(toRuleFindingModel),
    figures: {
      ...figures,
      ojtDisplay: formatMinutes(figures.ojtMinutes),
      offJtDisplay: formatMinutes(figures.offJtMinutes),
      totalDisplay: formatMinutes(figures.totalMinutes),
      periodDisplay:
        figures.periodMonths === null || figures.periodDays === null
          ? null
          : formatPeriodLength({ months: figures.periodMonths, days: figures.periodDays }),
      convertedDisplay: orNull(figures.convertedMinutesPer6Months, formatMinutes),
      minimumTotalDisplay: orNull(figures.minimumTotalMinutes, formatMinutes),
      ojtShareDisplay: orNull(figures.ojtSharePermille, formatPermille),
    },
    deadlines: { ...validation.deadlines },
  };
}

export function toDraftModel(draft: TrainingPlanDraft): TrainingPlanDraftModel {
  return {
    ...draft,
    period: { ...draft.period },
    curriculum: draft.curriculum.map((row) => ({ ...row })),
    roles: { ...draft.roles },
    careerUpPlan: draft.careerUpPlan
      ? { ...draft.careerUpPlan, measures: [...draft.careerUpPlan.measures] }
      : null,
  };
}

/** The eligibility of the recorded facts over the plan's period; null without facts or with a period not yet days. */
function eligibilityOf(plan: TrainingPlanEntity): TraineeEligibilityModel | null {
  const { start, end } = plan.draft.period;
  if (!plan.traineeFacts || !isCalendarDay(start) || !isCalendarDay(end)) return null;
  const judged = traineeEligibility({ ...plan.traineeFacts, trainingStart: start, trainingEnd: end });
  return {
    eligible: judged.eligible,
    findings: judged.findings.map(toRuleFindingModel),
    figures: { ...judged.figures },
  };
}

function totalsOf(plan: TrainingPlanEntity): TrainingLogTotalsModel {
  const totals = logTotals(plan.logs);
  return {
    ...totals,
    ojtDisplay: formatMinutes(totals.ojtMinutes),
    offJtCountedDisplay: formatMinutes(totals.offJtCountedMinutes),
  };
}

/** `today` (YYYY-MM-DD in Japan) judges what is not yet dated (an unsubmitted plan, a missing Job Card). */
export function toTrainingPlanModel(plan: TrainingPlanEntity, today: string): TrainingPlanModel {
  const log = { period: plan.draft.period, ...plan.logs };
  return {
    id: plan.id,
    companyId: plan.companyId,
    officeId: plan.officeId,
    caseId: plan.caseId,
    registrantId: plan.registrantId,
    traineeName: plan.traineeName,
    trainingType: plan.trainingType,
    status: plan.status,
    draft: toDraftModel(plan.draft),
    validation: toValidationModel(validateTrainingPlan(plan.draft, today)),
    traineeFacts: plan.traineeFacts
      ? {
          ...plan.traineeFacts,
          history: plan.traineeFacts.history.map((entry) => ({ ...entry })),
        }
      : null,
    eligibility: eligibilityOf(plan),
    companySizeAtSubmission: plan.companySizeAtSubmission,
    logs: {
      ojt: plan.logs.ojt.map((entry) => ({ ...entry })),
      offJt: plan.logs.offJt.map((entry) => ({ ...entry })),
    },
    logTotals: totalsOf(plan),
    logFindings: validateTrainingLog(log).map(toRuleFindingModel),
    version: plan.version,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}
