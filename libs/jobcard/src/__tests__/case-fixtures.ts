// Builders of the Job Card's integration tests: offers and cases between two companies, and the GraphQL documents
// the files share. Every builder makes its own data unique.
import type { AuthUser } from '@kakehashi/authz';
import { officeId, uniqueTag } from '@kakehashi/testing';
import { skillMatchKey } from '@kakehashi/text';
import type { DataSource } from 'typeorm';
import { insertCompany, ok, type JobcardKit } from './jobcard-kit';

type Row = Record<string, unknown>;

async function insertRow(dataSource: DataSource, table: string, values: Row): Promise<string> {
  const columns = Object.keys(values);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}, "version")
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, 1) RETURNING "id"`,
    columns.map((c) => values[c]),
  );
  return rows[0].id;
}

/** An offer's skills as jsonb, keyed as the dictionary keys them (its category decides 資格 or スキル in a gap). */
function skillsJson(labels: readonly string[]): string {
  return JSON.stringify(labels.map((label) => ({ skillId: null, label, key: skillMatchKey(label) })));
}

export interface PairSpec {
  sendingOfficeCode?: string;
  receivingOfficeCode?: string;
  prefectureCode?: string;
  occupationCode?: string;
  jobTitle?: string;
  ageBand?: string | null;
  sendingSkills?: string[];
  requiredSkills?: string[];
  /** The sending offer's reason: a skills-development secondment carries an evaluation sheet. */
  reason?: 'SKILLS_DEVELOPMENT' | 'EMPLOYMENT_ADJUSTMENT';
}

export interface OfferPair {
  sendingOfferId: string;
  receivingOfferId: string;
  sendingCompanyId: string;
  receivingCompanyId: string;
}

/** A sending and a receiving offer of two new companies (Tokyo → Aichi by default), both accepting either move. */
export async function insertOfferPair(dataSource: DataSource, spec: PairSpec = {}): Promise<OfferPair> {
  const sendingOfficeCode = spec.sendingOfficeCode ?? '13';
  const receivingOfficeCode = spec.receivingOfficeCode ?? '23';
  const prefecture = spec.prefectureCode ?? receivingOfficeCode;
  const sendingCompanyId = await insertCompany(dataSource, sendingOfficeCode);
  const receivingCompanyId = await insertCompany(dataSource, receivingOfficeCode);
  const occupation = spec.occupationCode ?? 'H';
  const jobTitle = spec.jobTitle ?? `プレス加工${uniqueTag()}`;
  const sendingSkills = spec.sendingSkills ?? [];
  const required = spec.requiredSkills ?? [];
  const sendingOfferId = await insertRow(dataSource, 'sending_offers', {
    company_id: sendingCompanyId,
    owning_office_id: await officeId(dataSource, sendingOfficeCode),
    received_on: '2026-10-01',
    move_type: 'EITHER',
    people_count: 2,
    people_available: 2,
    reason: spec.reason ?? 'EMPLOYMENT_ADJUSTMENT',
    occupation_code: occupation,
    job_title: jobTitle,
    skills: skillsJson(sendingSkills),
    skill_keys: sendingSkills.map(skillMatchKey),
    age_band: spec.ageBand ?? null,
    desired_period_months: 12,
    acceptable_prefecture_codes: [],
  });
  const receivingOfferId = await insertRow(dataSource, 'receiving_offers', {
    company_id: receivingCompanyId,
    owning_office_id: await officeId(dataSource, receivingOfficeCode),
    received_on: '2026-10-01',
    accepts_secondment: true,
    accepts_transfer: true,
    people_wanted: 2,
    people_remaining: 2,
    occupation_code: occupation,
    job_title: jobTitle,
    required_skills: skillsJson(required),
    required_skill_keys: required.map(skillMatchKey),
    period_months: 12,
    workplace_prefecture_code: prefecture,
  });
  return { sendingOfferId, receivingOfferId, sendingCompanyId, receivingCompanyId };
}

const CREATE_CASE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id version moveType } }`;

/** A case opened through the API by headquarters between a new pair (Tokyo → Aichi by default). */
export async function openCase(
  kit: JobcardKit,
  hq: AuthUser,
  moveType: 'SECONDMENT' | 'TRANSFER',
  spec: PairSpec = {},
): Promise<OfferPair & { caseId: string }> {
  const pair = await insertOfferPair(kit.dataSource, spec);
  const created = ok(
    await kit.gql<{ createCase: { id: string } }>(hq, CREATE_CASE, {
      input: { sendingOfferId: pair.sendingOfferId, receivingOfferId: pair.receivingOfferId, moveType },
    }),
  );
  return { ...pair, caseId: created.createCase.id };
}
