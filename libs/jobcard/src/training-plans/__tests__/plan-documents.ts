// The GraphQL documents and inputs of the training-plan tests.
import { SEED_MODEL_PLAN } from '../rules/__fixtures__/seed-model-plan';
import type { TrainingPlanDraft } from '../rules/training-plan.types';

export const PLAN_FIELDS = `
  id companyId officeId caseId status version companySizeAtSubmission traineeName
  draft { type period { start end } curriculum { kind name minutes } roles { trainingLead { name } trainer { name } } }
  validation {
    valid
    findings { code severity field message rule seed }
    figures { totalMinutes totalDisplay convertedDisplay ojtShareDisplay minimumTotalDisplay periodDisplay }
    deadlines { startNoticeDue subsidyApplicationDue }
  }
  eligibility { eligible findings { code field } }
  logTotals { ojtMinutes offJtCountedMinutes subsidyOjtMinutes subsidyOffJtMinutes ojtDisplay offJtCountedDisplay }
  logFindings { code severity field }
`;

export const SAVE_PLAN = `mutation ($input: SaveTrainingPlanInput!) { saveTrainingPlan(input: $input) { ${PLAN_FIELDS} } }`;
export const ACCEPT_PLAN = `mutation ($id: ID!, $version: Int!) { acceptTrainingPlan(id: $id, version: $version) { id status version } }`;
export const READ_PLAN = `query ($id: ID!) { trainingPlan(id: $id) { ${PLAN_FIELDS} } }`;

export interface PlanView {
  id: string;
  companyId: string;
  officeId: string;
  caseId: string | null;
  status: string;
  version: number;
  companySizeAtSubmission: string | null;
  traineeName: string;
  validation: {
    valid: boolean;
    findings: {
      code: string;
      severity: string;
      field: string | null;
      message: string;
      rule: string;
      seed: string;
    }[];
    figures: Record<string, string | number | null>;
    deadlines: { startNoticeDue: string | null; subsidyApplicationDue: string | null };
  };
  eligibility: { eligible: boolean; findings: { code: string; field: string | null }[] } | null;
  logTotals: Record<string, number | string>;
  logFindings: { code: string; severity: string; field: string | null }[];
}

/** The seed's model plan with a few fields changed, as the GraphQL input. */
export const draftWith = (overrides: Partial<TrainingPlanDraft> = {}): TrainingPlanDraft => ({
  ...SEED_MODEL_PLAN,
  ...overrides,
});

/** The model curriculum with its OJT row set to `ojtHours` (the Off-JT rows stay 85 h). */
export const withOjtHours = (ojtHours: number): TrainingPlanDraft =>
  draftWith({
    curriculum: [
      { ...SEED_MODEL_PLAN.curriculum[0], minutes: ojtHours * 60 },
      ...SEED_MODEL_PLAN.curriculum.slice(1),
    ],
  });

/**
 * A draft that breaks seven rules at once: 2 months 29 days, 195 h (394 h 22 min converted), OJT 92.3 %, an Off-JT row
 * without content, the training lead as trainer, no handling after completion, a Job Card issued on the start day.
 */
export const BROKEN_DRAFT: TrainingPlanDraft = draftWith({
  period: { start: '2025-04-01', end: '2025-06-29', specialReason: null },
  curriculum: [
    { ...SEED_MODEL_PLAN.curriculum[0], minutes: 180 * 60 },
    { ...SEED_MODEL_PLAN.curriculum[1], minutes: 15 * 60, content: '' },
  ],
  roles: { ...SEED_MODEL_PLAN.roles, trainer: { name: '佐藤 一郎', regularEmployee: true } },
  postCompletionHandling: null,
  jobCardIssuedOn: '2025-04-01',
});
