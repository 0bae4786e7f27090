// Referrals submitted through the API for the head office's list tests: drafted by a partner account
// (referral-fixtures.ts), then submitted, so they wait for the head office to forward them.
import type { Api } from './api';
import { draftReferral } from './referral-fixtures';

export interface SubmittedReferral {
  id: string;
  version: number;
  status: string;
  clientName: string;
}

/** A complete referral drafted and submitted by `partner` (a branch's stays SUBMITTED under an HQ step). */
export async function submittedReferral(partner: Api, clientName: string): Promise<SubmittedReferral> {
  const draft = await draftReferral(partner, clientName);
  const data = await partner.gql<{ submitReferral: SubmittedReferral }>(
    `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { id version status clientName } }`,
    { input: { id: draft.id, expectedVersion: draft.version } },
  );
  return data.submitReferral;
}
