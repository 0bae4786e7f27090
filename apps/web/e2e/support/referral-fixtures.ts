// Referrals made through the API for the browser tests (bearer tokens, as scripts do), so that a test starts from a
// referral of its own in a known status whatever else the shared database holds.
import type { Api } from './api';

export const PARTNER_BRANCH = 'partner.branch@kakehashi.example';
export const PARTNER_HQ = 'partner.hq@kakehashi.example';

const REFERRAL = 'id version status';

/** A complete referral drafted by `partner` (its branch's, or the head office's own for a head-office account). */
export async function draftReferral(
  partner: Api,
  clientName: string,
): Promise<{ id: string; version: number }> {
  const data = await partner.gql(
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL} } }`,
    {
      input: {
        clientName,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: 'SME',
        need: 'SURPLUS',
        surplusPeople: 3,
        occupations: '製造ライン作業員',
        consentObtainedOn: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()),
        consentObtainedBy: '法人営業 担当者',
      },
    },
  );
  return data.createReferral;
}

/**
 * A branch's referral returned by Center headquarters with `reason`: drafted and submitted by the branch, forwarded
 * by its head office (when the institution has that step), returned by the coordinator.
 */
export async function returnedReferral(
  apis: { branch: Api; partnerHq: Api; coordinator: Api },
  clientName: string,
  reason: string,
): Promise<string> {
  const draft = await draftReferral(apis.branch, clientName);
  let referral = (
    await apis.branch.gql(
      `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { ${REFERRAL} } }`,
      { input: { id: draft.id, expectedVersion: draft.version } },
    )
  ).submitReferral;
  if (referral.status === 'SUBMITTED') {
    referral = (
      await apis.partnerHq.gql(
        `mutation ($input: ReferralVersionInput!) { forwardReferral(input: $input) { ${REFERRAL} } }`,
        { input: { id: referral.id, expectedVersion: referral.version } },
      )
    ).forwardReferral;
  }
  await apis.coordinator.gql(
    `mutation ($input: ReferralReasonInput!) { returnReferral(input: $input) { ${REFERRAL} } }`,
    { input: { id: referral.id, expectedVersion: referral.version, reason } },
  );
  return referral.id;
}
