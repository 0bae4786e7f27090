import type { ReferralStatus } from '../../gql/graphql';

/**
 * The statuses in which the partner corrects and submits (the API's updateReferral: 下書き・差戻し). Only which
 * buttons to show: the API refuses any other with its own message.
 */
export function isCorrectable(status: ReferralStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}
