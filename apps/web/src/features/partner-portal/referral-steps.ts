import type { Step } from '@kakehashi/web-ui';
import type { ReferralStatus } from '../../gql/graphql';

/** What the step list needs of a referral: where it stands and when each step happened. */
export interface ReferralProgress {
  status: ReferralStatus;
  outcomeLabel?: string | null;
  submittedAt?: string | null;
  forwardedAt?: string | null;
  acceptedAt?: string | null;
  assignedAt?: string | null;
  convertedAt?: string | null;
  closedAt?: string | null;
}

// The path as the partner follows it; the fourth step is the Center's answer (accepted, or returned).
const PATH: { key: string; statuses: ReferralStatus[]; at: keyof ReferralProgress | null }[] = [
  { key: 'draft', statuses: ['DRAFT'], at: null },
  { key: 'submitted', statuses: ['SUBMITTED'], at: 'submittedAt' },
  { key: 'forwarded', statuses: ['FORWARDED'], at: 'forwardedAt' },
  { key: 'answered', statuses: ['ACCEPTED', 'RETURNED'], at: 'acceptedAt' },
  { key: 'assigned', statuses: ['ASSIGNED'], at: 'assignedAt' },
  { key: 'converted', statuses: ['CONVERTED'], at: 'convertedAt' },
  { key: 'outcome', statuses: ['CLOSED'], at: 'closedAt' },
];

/**
 * The referral's path as steps, labelled with the API's status names (`labelOf`): the step of its status is current,
 * those before it done when they happened (a referral withdrawn early skips the rest), those after it to come. The
 * Center's answer reads 差戻し while returned; the last step carries the outcome once there is one.
 */
export function referralSteps(
  referral: ReferralProgress,
  labelOf: (status: ReferralStatus) => string,
): Step[] {
  const current = PATH.findIndex((step) => step.statuses.includes(referral.status));
  return PATH.map((step, index) => {
    const status = referral.status === 'RETURNED' && step.key === 'answered' ? 'RETURNED' : step.statuses[0];
    const label =
      step.key === 'outcome' && referral.outcomeLabel
        ? `${labelOf(status)}（${referral.outcomeLabel}）`
        : labelOf(status);
    const happened = step.at === null || Boolean(referral[step.at]);
    const state = index === current ? 'current' : index < current && happened ? 'done' : 'upcoming';
    return { key: step.key, label, state };
  });
}
