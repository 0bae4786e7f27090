// GraphQL names and Japanese labels of the eligibility code lists (the rules keep them as string unions). The
// employment kind is the talent bank's (its work history records it): one enum, JobCardEmploymentKind, for both.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { WorkHistoryEmploymentKind } from '@kakehashi/talent-bank';
import { JOB_CARD_ISSUER_KIND_LABELS } from './eligibility.messages';
import type { EmploymentKind, JobCardIssuerKind } from './rules/trainee-facts';

/** The talent bank's enum has exactly the rules' values. */
export const EmploymentKindValues: Record<EmploymentKind, WorkHistoryEmploymentKind> =
  WorkHistoryEmploymentKind;

export const JobCardIssuerKindValues = {
  REGISTERED_CAREER_CONSULTANT: 'REGISTERED_CAREER_CONSULTANT',
  JOB_CARD_ADVISER: 'JOB_CARD_ADVISER',
} as const satisfies Record<JobCardIssuerKind, JobCardIssuerKind>;

registerLabelledEnum(JobCardIssuerKindValues, {
  name: 'JobCardIssuerKind',
  description: 'ジョブ・カードを交付した者 / Who issued the Job Card.',
  labels: JOB_CARD_ISSUER_KIND_LABELS,
});
