// Referrals made through the API for the browser tests, as the partner and the Center would make them (bearer
// tokens, as scripts do): a branch officer refers, its head office forwards, headquarters accepts, assigns or returns.
// Each test makes its own, with unique names (and corporate numbers), whatever the demo data holds.
import { apiAs, type Api } from './api';
import { today } from './case-fixtures';
import { corporateNumber, randomCorporateBody } from './corporate-number';

export const PARTNER_BRANCH = 'partner.branch@kakehashi.example';
export const PARTNER_HQ = 'partner.hq@kakehashi.example';
export const CENTER_HQ = 'hq@kakehashi.example';

const REFERRAL = 'id version status';
/** The fields of REFERRAL. */
type Moved = { id: string; version: number; status: string };

export interface TestReferral {
  id: string;
  version: number;
  clientName: string;
  corporateNumber: string;
}

/** A random 13-digit 法人番号 with a valid check digit, so that no other test's referral shares it unless asked to. */
export function randomCorporateNumber(): string {
  return corporateNumber(randomCorporateBody(), { valid: true });
}

/**
 * A referral written by the demo branch officer and forwarded to the Center by the demo head office (or at once, for
 * an institution without that step). Surplus of three people unless `need` says otherwise.
 */
export async function forwardedReferral(
  baseURL: string,
  options: { clientName: string; corporateNumber?: string; need?: 'SURPLUS' | 'SHORTAGE' | 'BOTH' },
): Promise<TestReferral> {
  const branch = await apiAs(baseURL, PARTNER_BRANCH);
  const hq = await apiAs(baseURL, PARTNER_HQ);
  try {
    const need = options.need ?? 'SURPLUS';
    const corporateNumber = options.corporateNumber ?? randomCorporateNumber();
    const created = await branch.gql<{ createReferral: Moved }>(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL} } }`,
      {
        input: {
          clientName: options.clientName,
          clientCorporateNumber: corporateNumber,
          clientJsicMajorCode: 'E',
          clientPrefectureCode: '13',
          clientSize: 'SME',
          clientEmployeeCount: 120,
          need,
          surplusPeople: need === 'SHORTAGE' ? null : 3,
          shortagePeople: need === 'SURPLUS' ? null : 2,
          occupations: '製造ライン作業員',
          desiredStartOn: null,
          description: '受注減少のため、一時的に人員が余剰となっている。',
          consentObtainedOn: today,
          consentObtainedBy: '新宿支店 法人営業 田中',
        },
      },
    );
    let r = (
      await branch.gql<{ submitReferral: Moved }>(
        `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { ${REFERRAL} } }`,
        { input: { id: created.createReferral.id, expectedVersion: created.createReferral.version } },
      )
    ).submitReferral;
    if (r.status !== 'FORWARDED') {
      r = (
        await hq.gql<{ forwardReferral: Moved }>(
          `mutation ($input: ReferralVersionInput!) { forwardReferral(input: $input) { ${REFERRAL} } }`,
          { input: { id: r.id, expectedVersion: r.version } },
        )
      ).forwardReferral;
    }
    return { id: r.id, version: r.version, clientName: options.clientName, corporateNumber };
  } finally {
    await branch.dispose();
    await hq.dispose();
  }
}

/** Headquarters accepts the referral (through the API, as another coordinator would). */
export async function acceptReferral(center: Api, referral: TestReferral): Promise<TestReferral> {
  const r = (
    await center.gql<{ acceptReferral: Moved }>(
      `mutation ($input: ReferralVersionInput!) { acceptReferral(input: $input) { ${REFERRAL} } }`,
      { input: { id: referral.id, expectedVersion: referral.version } },
    )
  ).acceptReferral;
  return { ...referral, version: r.version };
}

/** Headquarters accepts the referral and assigns it to the office with `officeCode` (13: 東京事務所). */
export async function assignedReferral(
  center: Api,
  referral: TestReferral,
  officeCode = '13',
): Promise<TestReferral> {
  const accepted = await acceptReferral(center, referral);
  const offices: { id: string; code: string }[] = (
    await center.gql<{ offices: { id: string; code: string }[] }>('{ offices { id code } }')
  ).offices;
  const office = offices.find((each) => each.code === officeCode);
  const r = (
    await center.gql<{ assignReferral: Moved }>(
      `mutation ($input: AssignReferralInput!) { assignReferral(input: $input) { ${REFERRAL} } }`,
      { input: { id: accepted.id, expectedVersion: accepted.version, officeId: office?.id } },
    )
  ).assignReferral;
  return { ...referral, version: r.version };
}

/** How the referral stands as the referring branch sees it. */
export async function partnerView(
  baseURL: string,
  referralId: string,
): Promise<{ status: string; outcome: string | null; outcomeLabel: string | null }> {
  const branch = await apiAs(baseURL, PARTNER_BRANCH);
  try {
    return (
      await branch.gql<{ referral: { status: string; outcome: string | null; outcomeLabel: string | null } }>(
        'query ($id: ID!) { referral(id: $id) { status outcome outcomeLabel } }',
        {
          id: referralId,
        },
      )
    ).referral;
  } finally {
    await branch.dispose();
  }
}

/** A complete referral drafted by `partner` (its branch's, or the head office's own for a head-office account). */
export async function draftReferral(
  partner: Api,
  clientName: string,
): Promise<{ id: string; version: number }> {
  const data = await partner.gql<{ createReferral: Moved }>(
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
        consentObtainedOn: today,
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
    await apis.branch.gql<{ submitReferral: Moved }>(
      `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { ${REFERRAL} } }`,
      { input: { id: draft.id, expectedVersion: draft.version } },
    )
  ).submitReferral;
  if (referral.status === 'SUBMITTED') {
    referral = (
      await apis.partnerHq.gql<{ forwardReferral: Moved }>(
        `mutation ($input: ReferralVersionInput!) { forwardReferral(input: $input) { ${REFERRAL} } }`,
        { input: { id: referral.id, expectedVersion: referral.version } },
      )
    ).forwardReferral;
  }
  await apis.coordinator.gql<{ returnReferral: Moved }>(
    `mutation ($input: ReferralReasonInput!) { returnReferral(input: $input) { ${REFERRAL} } }`,
    { input: { id: referral.id, expectedVersion: referral.version, reason } },
  );
  return referral.id;
}
