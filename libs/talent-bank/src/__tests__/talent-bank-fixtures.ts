// Builders of the talent bank's integration tests: fictitious people registered through the API, companies and
// receiving offers inserted directly, and the access log as stored. Each makes its own data unique.
import type { AuthUser } from '@kakehashi/authz';
import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { officeId, randomCorporateNumber, uniqueTag } from '@kakehashi/testing';
import { companyNameSearchKey } from '@kakehashi/text';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TalentBankKit } from './talent-bank-kit';

/** Katakana letters only: a unique family name that survives every normalisation (ア..ン). */
export function uniqueKana(length = 6): string {
  return Array.from(randomBytes(length), (b) => String.fromCharCode(0x30a2 + (b % 80))).join('');
}

export interface Person {
  /** The day the person is described for (their consent is given that day). */
  today: string;
  name: string;
  kana: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  address: string;
}

/** A fictitious person unique to the test: 64 years old today by default. */
export function person(today: string, years = 64): Person {
  const tag = uniqueTag(6);
  const digits = Array.from(randomBytes(8), (b) => String(b % 10)).join('');
  return {
    today,
    name: `試験${tag} 太郎`,
    kana: `シケン${uniqueKana()} タロウ`,
    dateOfBirth: addDays(addMonths(today, -12 * years), -17),
    phone: `090-${digits.slice(0, 4)}-${digits.slice(4, 8)}`,
    email: `${tag}@example.jp`,
    address: `東京都千代田区試験町${digits.slice(0, 3)}-${tag}`,
  };
}

export function registerInput(who: Person, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: who.name,
    kana: who.kana,
    dateOfBirth: who.dateOfBirth,
    phone: who.phone,
    email: who.email,
    address: who.address,
    prefectureCode: '13',
    eligibilityReason: 'MANDATORY_RETIREMENT',
    consent: { givenOn: who.today, purposeVersion: '2026-11', method: 'WRITTEN' },
    career: {
      workHistory: [
        {
          from: '1985-04',
          to: '2026-03',
          company: '試験化学株式会社',
          duties: '経理・決算・税務申告',
          position: '経理部長',
        },
      ],
      qualifications: ['日商簿記2級'],
      skills: ['Excel'],
      strengths: '決算業務の取りまとめ',
    },
    wishes: {
      occupationCodes: ['C'],
      workingStyle: 'PART_TIME',
      daysPerWeek: 3,
      hoursPerDay: 6,
      monthlyWage: 180000,
      maxPhysicalDemand: 'MODERATE',
    },
    ...extra,
  };
}

export const REGISTER = `mutation ($input: RegisterTalentBankRegistrantInput!) {
  registerTalentBankRegistrant(input: $input) {
    id status version name kana dateOfBirth age phone email address ageBandAtRegistration
    career { qualifications { label key } skills { label } workHistory { company } }
    wishes { occupationCodes }
  }
}`;

/** What REGISTER selects. */
export interface Registered {
  registerTalentBankRegistrant: {
    id: string;
    status: string;
    version: number;
    name: string;
    kana: string;
    dateOfBirth: string | null;
    age: number | null;
    phone: string | null;
    email: string | null;
    address: string | null;
    ageBandAtRegistration: string;
    career: {
      qualifications: { label: string; key: string }[];
      skills: { label: string }[];
      workHistory: { company: string }[];
    };
    wishes: { occupationCodes: string[] };
  };
}

/** Registers through the API and returns the registrant's id and version. */
export async function register(
  kit: TalentBankKit,
  user: AuthUser,
  who: Person,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const response = await kit.gql<Registered>(user, REGISTER, { input: registerInput(who, extra) });
  const registered = response.data?.['registerTalentBankRegistrant'];
  if (!registered) throw new Error(`registration failed: ${JSON.stringify(response.errors)}`);
  return { id: registered.id, version: registered.version };
}

export async function insertCompany(dataSource: DataSource, officeCode = '13'): Promise<string> {
  const name = `株式会社人材試験${uniqueTag()}`;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "kana_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $2, '', $3, 'E', $4, 'SME', $5, 1) RETURNING "id"`,
    [
      name,
      companyNameSearchKey(name),
      randomCorporateNumber(),
      officeCode,
      await officeId(dataSource, officeCode),
    ],
  );
  return row.id;
}

export interface OfferSpec {
  officeCode?: string;
  prefectureCode?: string;
  occupationCode?: string;
  acceptsTransfer?: boolean;
  acceptsSecondment?: boolean;
  people?: number;
  monthlyWage?: number | null;
  requiredSkills?: { label: string; key: string }[];
  startBy?: string | null;
}

/** A receiving offer of a new company (Tokyo, clerical, accepting a transfer by default). */
export async function insertReceivingOffer(
  dataSource: DataSource,
  spec: OfferSpec = {},
): Promise<{ id: string; companyId: string }> {
  const officeCode = spec.officeCode ?? '13';
  const companyId = await insertCompany(dataSource, officeCode);
  const required = (spec.requiredSkills ?? []).map((s) => ({ skillId: null, ...s }));
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "required_skills",
       "required_skill_keys", "monthly_wage", "workplace_prefecture_code", "start_by", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9::jsonb, $10::text[], $11, $12, $13, 1) RETURNING "id"`,
    [
      companyId,
      await officeId(dataSource, officeCode),
      todayInJapan(),
      spec.acceptsSecondment ?? false,
      spec.acceptsTransfer ?? true,
      spec.people ?? 2,
      spec.occupationCode ?? 'C',
      `シニア歓迎の事務${uniqueTag(4)}`,
      JSON.stringify(required),
      required.map((s) => s.key),
      spec.monthlyWage === undefined ? 200000 : spec.monthlyWage,
      spec.prefectureCode ?? '13',
      spec.startBy === undefined ? null : spec.startBy,
    ],
  );
  return { id: row.id, companyId };
}

export const SAVE_OPENING = `mutation ($input: SeniorOpeningInput!) {
  saveSeniorOpening(input: $input) { receivingOfferId version workingStyle physicalDemand wageMin wageMax }
}`;

/** What SAVE_OPENING selects. */
export interface SavedOpening {
  saveSeniorOpening: {
    receivingOfferId: string;
    version: number;
    workingStyle: string;
    physicalDemand: string;
    wageMin: number | null;
    wageMax: number | null;
  };
}

/** A prefecture no other test file uses: rankings of its registrants and openings hold one file's data only. */
export const SHIMANE = '32';

/** A receiving offer in Shimane (unless `spec` says otherwise), marked a senior opening by `marker`. */
export async function shimaneOpening(
  kit: TalentBankKit,
  marker: AuthUser,
  spec: OfferSpec,
  mark: Record<string, unknown>,
  prefectureCode = SHIMANE,
): Promise<{ id: string; companyId: string }> {
  const offer = await insertReceivingOffer(kit.dataSource, { prefectureCode, ...spec });
  const saved = await kit.gql<SavedOpening>(marker, SAVE_OPENING, {
    input: { receivingOfferId: offer.id, ...mark },
  });
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  return offer;
}

/** A registrant of the Shimane office's `consultant`, living in Shimane and working only there. */
export function registerInShimane(
  kit: TalentBankKit,
  consultant: AuthUser,
  today: string,
  wishes: Record<string, unknown> = {},
  prefectureCode = SHIMANE,
): Promise<{ id: string; version: number }> {
  return register(kit, consultant, person(today), {
    prefectureCode,
    wishes: {
      occupationCodes: ['C'],
      workingStyle: 'PART_TIME',
      daysPerWeek: 3,
      hoursPerDay: 6,
      monthlyWage: 180000,
      maxPhysicalDemand: 'MODERATE',
      acceptablePrefectureCodes: [prefectureCode],
      earliestStartOn: today,
      ...wishes,
    },
  });
}

/** A registrant of `consultant`'s office, with a senior opening of a new company there. */
export async function registrantWithOpening(
  kit: TalentBankKit,
  consultant: AuthUser,
  today: string,
): Promise<{ id: string; version: number; who: Person; offerId: string; companyId: string }> {
  const who = person(today);
  const registered = await register(kit, consultant, who);
  const offer = await insertReceivingOffer(kit.dataSource);
  const saved = await kit.gql(consultant, SAVE_OPENING, {
    input: { receivingOfferId: offer.id, workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' },
  });
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  return { ...registered, who, offerId: offer.id, companyId: offer.companyId };
}

/** All the access log rows about a registrant, oldest first. */
/**
 * The users this test file made (each file has its own module registry): the database is shared, so a list another
 * file's user reads at the same moment may log reads of this file's registrants too; `accessLogOf` keeps to these.
 */
export const usersOfThisFile = new Set<string>();

/** The access log of a registrant, as written for this file's users (see `usersOfThisFile`). */
export async function accessLogOf(
  dataSource: DataSource,
  registrantId: string,
): Promise<
  {
    actorUserId: string;
    action: string;
    operation: string;
    fields: string[];
    outcome: string;
    denialReason: string | null;
    clientIp: string | null;
  }[]
> {
  return dataSource.query(
    `SELECT "actor_user_id" AS "actorUserId", "action", "operation", "fields", "outcome",
            "denial_reason" AS "denialReason", "client_ip" AS "clientIp"
       FROM "talent_bank_access_log" WHERE "registrant_id" = $1 AND "actor_user_id" = ANY($2::uuid[]) ORDER BY "id"`,
    [registrantId, [...usersOfThisFile]],
  );
}
