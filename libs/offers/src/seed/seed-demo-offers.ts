import { readSeedCsv } from '@kakehashi/database';
import { normalizeCorporateNumber } from '@kakehashi/text';
import type { DataSource, EntityManager } from 'typeorm';
import {
  normaliseReceivingOfferFields,
  type ReceivingOfferFieldsInput,
} from '../receiving-offers/services/receiving-offer-fields';
import {
  normaliseSendingOfferFields,
  type SendingOfferFieldsInput,
} from '../sending-offers/services/sending-offer-fields';
import type {
  AgeBand,
  MoveType,
  MoveTypeWanted,
  SendingReason,
  ShiftPattern,
  WorkplaceCondition,
} from '../shared/offer-enums';
import { resolveReceivingSkills, resolveSendingSkills } from '../skills/services/offer-skills';
import { loadSkillDictionary, type SkillDictionary } from '../skills/services/skill-dictionary';
import { splitList } from './seed-offers-reference-data';

const SENDING_FILE = 'demo/sending-offers.csv';
const RECEIVING_FILE = 'demo/receiving-offers.csv';

export interface DemoCompany {
  id: string;
  owningOfficeId: string;
}

/** How a demo row is recognised as loaded: by company, job title and received date, or (dates relative) without it. */
export type DemoOfferKey = 'TITLE_AND_RECEIVED_ON' | 'TITLE';

/**
 * Inserts the fictitious demo sending and receiving information, skipping offers already there (same company, job
 * title and received date), so it can run on every start. Rows pass the same validation and skill resolution as the
 * API; dates are judged as of the row's received date, so the demo stays loadable as time passes. Needs the reference
 * seeds and the demo companies first. Returns how many of each were inserted.
 */
export async function seedDemoOffers(dataSource: DataSource): Promise<Record<string, number>> {
  const sending = readSeedCsv(SENDING_FILE);
  const receiving = readSeedCsv(RECEIVING_FILE);
  return dataSource.transaction(async (manager) => {
    // Offers have no natural unique key: serialise concurrent seeders (parallel test APIs) so none inserts twice.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoOffers'))`);
    const dictionary = await loadSkillDictionary(manager);
    const companies = await companiesByNumber(manager, [...sending, ...receiving]);
    let sendingOffers = 0;
    for (const [index, row] of sending.entries()) {
      sendingOffers += await insertSending(
        manager,
        dictionary,
        companyOf(companies, row, SENDING_FILE, index),
        row,
        { file: SENDING_FILE, index },
      );
    }
    let receivingOffers = 0;
    for (const [index, row] of receiving.entries()) {
      receivingOffers += await insertReceiving(
        manager,
        dictionary,
        companyOf(companies, row, RECEIVING_FILE, index),
        row,
        { file: RECEIVING_FILE, index },
      );
    }
    return { sendingOffers, receivingOffers };
  });
}

export async function companiesByNumber(
  manager: EntityManager,
  rows: Record<string, string>[],
): Promise<Map<string, DemoCompany>> {
  const numbers = [...new Set(rows.map((r) => normalizeCorporateNumber(r['corporate_number'] ?? '')))];
  const found: { corporate_number: string; id: string; owning_office_id: string }[] = await manager.query(
    `SELECT "corporate_number", "id", "owning_office_id" FROM "companies" WHERE "corporate_number" = ANY($1)`,
    [numbers],
  );
  return new Map(found.map((c) => [c.corporate_number, { id: c.id, owningOfficeId: c.owning_office_id }]));
}

export function companyOf(
  companies: Map<string, DemoCompany>,
  row: Record<string, string>,
  file: string,
  index: number,
): DemoCompany {
  const company = companies.get(normalizeCorporateNumber(row['corporate_number'] ?? ''));
  if (!company) {
    throw new Error(
      `${file} row ${index + 1}: no company with corporate number ${row['corporate_number']} (seed the demo companies first)`,
    );
  }
  return company;
}

const optionalInt = (value: string | undefined): number | null => (value ? Number(value) : null);

async function exists(
  manager: EntityManager,
  table: string,
  company: DemoCompany,
  jobTitle: string,
  receivedOn: string | null,
) {
  const [{ found }]: { found: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM "${table}" WHERE "company_id" = $1 AND "job_title" = $2
       AND ($3::date IS NULL OR "received_on" = $3::date)) AS "found"`,
    [company.id, jobTitle, receivedOn],
  );
  return found;
}

function assertValid(errors: { field: string; message: string }[]): void {
  if (errors.length) throw new Error(errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
}

export async function insertSending(
  manager: EntityManager,
  dictionary: SkillDictionary,
  company: DemoCompany,
  row: Record<string, string>,
  where: { file: string; index: number; key?: DemoOfferKey },
): Promise<number> {
  const input: SendingOfferFieldsInput = {
    receivedOn: row['received_on'],
    moveType: row['move_type'] as MoveTypeWanted,
    peopleCount: Number(row['people_count']),
    reason: row['reason'] as SendingReason,
    reasonDetail: row['reason_detail'],
    occupationCode: row['occupation_code'],
    jobTitle: row['job_title'],
    skills: splitList(row['skills']),
    experienceYears: optionalInt(row['experience_years']),
    ageBand: (row['age_band'] || null) as AgeBand | null,
    monthlyWage: optionalInt(row['monthly_wage']),
    desiredPeriodMonths: optionalInt(row['desired_period_months']),
    acceptablePrefectureCodes: splitList(row['acceptable_prefecture_codes']),
    earliestStartOn: row['earliest_start_on'],
    conditions: splitList(row['conditions']) as WorkplaceCondition[],
    notes: row['notes'],
  };
  const { values, errors } = normaliseSendingOfferFields(input, {
    today: row['received_on'] ?? '',
    fieldPrefix: `${where.file} row ${where.index + 1}`,
  });
  assertValid(errors);
  const receivedOn = where.key === 'TITLE' ? null : values.receivedOn;
  if (await exists(manager, 'sending_offers', company, values.jobTitle, receivedOn)) return 0;
  const { skills, skillKeys } = resolveSendingSkills(dictionary, values.skillTexts);
  await manager.query(
    `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
       "people_available", "reason", "reason_detail", "occupation_code", "job_title", "skills", "skill_keys",
       "experience_years", "age_band", "monthly_wage", "desired_period_months", "acceptable_prefecture_codes",
       "earliest_start_on", "conditions", "notes", "version")
     VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 1)`,
    [
      company.id,
      company.owningOfficeId,
      values.receivedOn,
      values.moveType,
      values.peopleCount,
      values.reason,
      values.reasonDetail,
      values.occupationCode,
      values.jobTitle,
      JSON.stringify(skills),
      skillKeys,
      values.experienceYears,
      values.ageBand,
      values.monthlyWage,
      values.desiredPeriodMonths,
      values.acceptablePrefectureCodes,
      values.earliestStartOn,
      values.conditions,
      values.notes,
    ],
  );
  return 1;
}

export async function insertReceiving(
  manager: EntityManager,
  dictionary: SkillDictionary,
  company: DemoCompany,
  row: Record<string, string>,
  where: { file: string; index: number; key?: DemoOfferKey },
): Promise<number> {
  const input: ReceivingOfferFieldsInput = {
    receivedOn: row['received_on'],
    moveTypes: splitList(row['move_types']) as MoveType[],
    peopleWanted: Number(row['people_wanted']),
    occupationCode: row['occupation_code'],
    jobTitle: row['job_title'],
    duties: row['duties'],
    requiredSkills: splitList(row['required_skills']),
    preferredSkills: splitList(row['preferred_skills']),
    minExperienceYears: optionalInt(row['min_experience_years']),
    periodMonths: optionalInt(row['period_months']),
    monthlyWage: optionalInt(row['monthly_wage']),
    workingHours: row['working_hours'],
    shiftPattern: (row['shift_pattern'] || null) as ShiftPattern | null,
    workplacePrefectureCode: row['workplace_prefecture_code'],
    workplaceCity: row['workplace_city'],
    startBy: row['start_by'],
    conditions: splitList(row['conditions']) as WorkplaceCondition[],
    notes: row['notes'],
  };
  const { values, errors } = normaliseReceivingOfferFields(input, {
    today: row['received_on'] ?? '',
    fieldPrefix: `${where.file} row ${where.index + 1}`,
  });
  assertValid(errors);
  const receivedOn = where.key === 'TITLE' ? null : values.receivedOn;
  if (await exists(manager, 'receiving_offers', company, values.jobTitle, receivedOn)) return 0;
  const skills = resolveReceivingSkills(dictionary, values.requiredSkillTexts, values.preferredSkillTexts);
  await manager.query(
    `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title", "duties",
       "required_skills", "required_skill_keys", "preferred_skills", "preferred_skill_keys", "min_experience_years",
       "period_months", "monthly_wage", "working_hours", "shift_pattern", "workplace_prefecture_code",
       "workplace_city", "start_by", "conditions", "notes", "version")
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, 1)`,
    [
      company.id,
      company.owningOfficeId,
      values.receivedOn,
      values.acceptsSecondment,
      values.acceptsTransfer,
      values.peopleWanted,
      values.occupationCode,
      values.jobTitle,
      values.duties,
      JSON.stringify(skills.requiredSkills),
      skills.requiredSkillKeys,
      JSON.stringify(skills.preferredSkills),
      skills.preferredSkillKeys,
      values.minExperienceYears,
      values.periodMonths,
      values.monthlyWage,
      values.workingHours,
      values.shiftPattern,
      values.workplacePrefectureCode,
      values.workplaceCity,
      values.startBy,
      values.conditions,
      values.notes,
    ],
  );
  return 1;
}
