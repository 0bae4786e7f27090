// Partner referrals for the browser tests, made through the real operations as a partner account (bearer token), each
// named with a tag unique to the test so that a filter by name shows only its own.
import { randomBytes } from 'node:crypto';
import type { Api } from './api';

export const PARTNER_HQ = 'partner.hq@kakehashi.example';
export const PARTNER_BRANCH = 'partner.branch@kakehashi.example';

/** A tag unique to one test run, safe inside a company name (letters only, so a name search cannot split it). */
export function uniqueTag(): string {
  return randomBytes(4)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]);
}

export interface MadeReferral {
  id: string;
  version: number;
  clientName: string;
  status: string;
}

/** A complete referral (a surplus of three people, consent given) of a new company, drafted and, if asked, submitted. */
export async function makeReferral(
  api: Api,
  clientName: string,
  options: { submit?: boolean } = {},
): Promise<MadeReferral> {
  const created = await api.gql(
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version clientName status } }`,
    {
      input: {
        clientName,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: 'SME',
        clientEmployeeCount: 80,
        need: 'SURPLUS',
        surplusPeople: 3,
        occupations: '機械組立',
        description: '受注減少のため、一時的に人員が余剰となっている。',
        consentObtainedOn: '2026-01-05',
        consentObtainedBy: '法人営業 田中',
      },
    },
  );
  let referral: MadeReferral = created.createReferral;
  if (options.submit) {
    const submitted = await api.gql(
      `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { id version clientName status } }`,
      { input: { id: referral.id, expectedVersion: referral.version } },
    );
    referral = submitted.submitReferral;
  }
  return referral;
}
