import { addDays, addMonths } from '@kakehashi/calendar';
import type { DemoClock } from '@kakehashi/database';
import { loadSkillDictionary } from '@kakehashi/offers';
import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../crypto/personal-data-cipher';
import { normaliseCareer, normaliseWishes } from '../registrants/rules/career-and-wishes';
import { ageOn } from '../registrants/rules/age';
import { FieldCollector, personNameSearchKey } from '../registrants/rules/registrant-fields';
import { ageBandOf, ConsentMethod, type PhysicalDemand, type WorkingStyleWanted } from '../talent-bank-enums';
import { DEMO_REGISTRANTS, DEMO_SENIOR_OPENINGS, type DemoRegistrant } from './demo-talent-bank-people';

const CONSULTANT = 'consultant@kakehashi.example';
const OTHER_OFFICE_CONSULTANT = 'consultant.osaka@kakehashi.example';

interface DemoUsers {
  consultant: { id: string; officeId: string };
  osaka: { id: string; officeId: string } | null;
}

/**
 * The demo office's Career Talent Bank (東京事務所): three of its receiving offers opened to people aged 60 and over,
 * registrants in every status with their Job Card career and wishes (the date of birth and contact details sealed
 * like any other), the re-employments of two of them (the outcome figures) and the access log their handling left,
 * a refused look from another office included. Dated relative to the demo clock; a registrant already there (by its
 * fixed id) is skipped with everything that comes with it, so seeding twice changes nothing. Needs the demo users,
 * companies and office offers first. `cipher` defaults to the key of the environment (the development key outside
 * production when none is set), as the API's own.
 */
export async function seedDemoTalentBank(
  dataSource: DataSource,
  clock: DemoClock,
  cipher: PersonalDataCipher = new PersonalDataCipher(),
): Promise<Record<string, number>> {
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoTalentBank'))`);
    const users = await demoUsers(tx);
    if (!users) return { talentBankRegistrants: 0, seniorOpenings: 0 };
    const seniorOpenings = await seedOpenings(tx, users);
    let talentBankRegistrants = 0;
    for (const person of DEMO_REGISTRANTS) {
      if (await insertRegistrant(tx, clock, cipher, users, person)) {
        talentBankRegistrants += 1;
        await insertReemployment(tx, clock, users, person);
        await insertAccessLog(tx, clock, users, person);
      }
    }
    return { talentBankRegistrants, seniorOpenings };
  });
}

async function demoUsers(tx: EntityManager): Promise<DemoUsers | null> {
  const rows: { id: string; email: string; officeId: string }[] = await tx.query(
    `SELECT "id", "email", "office_id" AS "officeId" FROM "users" WHERE "email" = ANY($1::text[])`,
    [[CONSULTANT, OTHER_OFFICE_CONSULTANT]],
  );
  const consultant = rows.find((row) => row.email === CONSULTANT);
  if (!consultant) return null;
  return { consultant, osaka: rows.find((row) => row.email === OTHER_OFFICE_CONSULTANT) ?? null };
}

/** Marks the demo office's open receiving offers that accept a hiring as senior openings, once. */
async function seedOpenings(tx: EntityManager, users: DemoUsers): Promise<number> {
  let inserted = 0;
  for (const opening of DEMO_SENIOR_OPENINGS) {
    const rows: unknown[] = await tx.query(
      `INSERT INTO "senior_openings"
         ("receiving_offer_id", "working_style", "days_per_week", "hours_per_day", "physical_demand", "wage_min",
          "wage_max", "notes", "updated_by_user_id", "version")
       SELECT r."id", $3, $4, $5, $6, $7, $8, $9, $10, 1
         FROM "receiving_offers" r JOIN "companies" c ON c."id" = r."company_id"
        WHERE c."corporate_number" = $1 AND r."job_title" = $2 AND r."status" <> 'CLOSED'
          AND r."accepts_transfer"
       ON CONFLICT DO NOTHING RETURNING "receiving_offer_id"`,
      [
        opening.corporateNumber,
        opening.jobTitle,
        opening.workingStyle,
        opening.daysPerWeek,
        opening.hoursPerDay,
        opening.physicalDemand,
        opening.wageMin,
        opening.wageMax,
        opening.notes,
        users.consultant.id,
      ],
    );
    inserted += rows.length;
  }
  return inserted;
}

async function insertRegistrant(
  tx: EntityManager,
  clock: DemoClock,
  cipher: PersonalDataCipher,
  users: DemoUsers,
  person: DemoRegistrant,
): Promise<boolean> {
  const registeredOn = clock.daysAgo(-person.registeredIn);
  const dateOfBirth = addDays(addMonths(registeredOn, -12 * person.age), -person.birthdayOffset);
  const leftJobOn = person.leftJobIn === null ? null : clock.daysAgo(-person.leftJobIn);
  const errors = new FieldCollector('demo');
  const career = normaliseCareer(
    errors,
    { ...person.career, workHistory: endedWhenLeft(person.career.workHistory, leftJobOn, clock.today) },
    clock.today,
    await loadSkillDictionary(tx),
  );
  const wishes = normaliseWishes(errors, {
    ...person.wishes,
    workingStyle: person.wishes.workingStyle as WorkingStyleWanted,
    maxPhysicalDemand: person.wishes.maxPhysicalDemand as PhysicalDemand,
    earliestStartOn: clock.daysAgo(-person.wishes.earliestStartIn),
  });
  if (errors.errors.length > 0)
    throw new Error(`Demo registrant ${person.id}: ${errors.errors.map((e) => e.field).join(', ')}`);
  const closedOn = person.closedIn === null ? null : clock.daysAgo(-person.closedIn);
  const values: Record<string, unknown> = {
    id: person.id,
    office_id: users.consultant.officeId,
    status: person.status,
    name: person.name,
    kana: person.kana,
    name_search_key: personNameSearchKey(person.name),
    kana_search_key: personNameSearchKey(person.kana),
    date_of_birth_ciphertext: cipher.encrypt(dateOfBirth, person.id, 'dateOfBirth'),
    phone_ciphertext: cipher.encryptNullable(person.phone, person.id, 'phone'),
    email_ciphertext: cipher.encryptNullable(person.email, person.id, 'email'),
    address_ciphertext: cipher.encryptNullable(person.address, person.id, 'address'),
    encryption_key_id: cipher.keyId,
    prefecture_code: person.prefectureCode,
    gender: person.gender,
    age_band_at_registration: ageBandOf(ageOn(dateOfBirth, registeredOn)),
    eligibility_reason: person.reason,
    left_job_on: leftJobOn,
    consent_given_on: registeredOn,
    consent_purpose_version: await currentPurposeVersion(tx, registeredOn),
    consent_method: ConsentMethod.WRITTEN,
    consent_withdrawn_on: person.status === 'WITHDRAWN' ? closedOn : null,
    registered_on: registeredOn,
    last_contacted_on: clock.daysAgo(-person.lastContactIn),
    closed_on: closedOn,
    work_history: JSON.stringify(career.workHistory),
    qualifications: JSON.stringify(career.qualifications),
    skills: JSON.stringify(career.skills),
    skill_keys: career.skillKeys,
    strengths: career.strengths,
    evaluation_summary: career.evaluationSummary,
    desired_occupation_codes: wishes.desiredOccupationCodes,
    working_style: wishes.workingStyle,
    desired_days_per_week: wishes.desiredDaysPerWeek,
    desired_hours_per_day: wishes.desiredHoursPerDay,
    desired_monthly_wage: wishes.desiredMonthlyWage,
    acceptable_prefecture_codes: wishes.acceptablePrefectureCodes,
    earliest_start_on: wishes.earliestStartOn,
    max_physical_demand: wishes.maxPhysicalDemand,
    created_by_user_id: users.consultant.id,
    updated_by_user_id: users.consultant.id,
    version: 1,
  };
  // Plain SQL: the seed runs on a connection without the entities.
  const columns = Object.keys(values);
  const inserted: unknown[] = await tx.query(
    `INSERT INTO "talent_bank_registrants" (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT ("id") DO NOTHING RETURNING "id"`,
    Object.values(values),
  );
  return inserted.length > 0;
}

/** The job the person left ends in the month they left; one they are still leaving has no end yet. */
function endedWhenLeft(
  history: DemoRegistrant['career']['workHistory'],
  leftJobOn: string | null,
  today: string,
) {
  return history.map((entry, index) =>
    index === 0 ? { ...entry, to: leftJobOn && leftJobOn <= today ? leftJobOn.slice(0, 7) : null } : entry,
  );
}

async function currentPurposeVersion(tx: EntityManager, day: string): Promise<string> {
  const rows: { version: string }[] = await tx.query(
    `SELECT "version" FROM "talent_bank_consent_purposes" WHERE "effective_from" <= $1
      ORDER BY "effective_from" DESC, "version" DESC LIMIT 1`,
    [day],
  );
  if (!rows[0]) {
    const [oldest] = await tx.query(
      `SELECT "version" FROM "talent_bank_consent_purposes" ORDER BY "effective_from" LIMIT 1`,
    );
    return (oldest as { version: string }).version;
  }
  return rows[0].version;
}

async function insertReemployment(
  tx: EntityManager,
  clock: DemoClock,
  users: DemoUsers,
  person: DemoRegistrant,
): Promise<void> {
  const r = person.reemployment;
  if (!r) return;
  await tx.query(
    `INSERT INTO "talent_bank_reemployments"
       ("registrant_id", "reemployed_on", "employer_company_id", "job_title", "occupation_code", "employment_type",
        "wage_band", "office_id", "recorded_by_user_id", "recorded_at")
     SELECT $1, $2, c."id", $4, $5, $6, $7, $8, $9, $10 FROM "companies" c WHERE c."corporate_number" = $3
     ON CONFLICT DO NOTHING`,
    [
      person.id,
      clock.daysAgo(-r.in),
      r.employerCorporateNumber,
      r.jobTitle,
      r.occupationCode,
      r.employmentType,
      r.wageBand,
      users.consultant.officeId,
      users.consultant.id,
      clock.at(clock.daysAgo(-r.in), 15),
    ],
  );
}

/** What handling the registrant left in the access log: the registration, a later look, and a refused one. */
async function insertAccessLog(
  tx: EntityManager,
  clock: DemoClock,
  users: DemoUsers,
  person: DemoRegistrant,
): Promise<void> {
  const c = users.consultant;
  const entries: [Date, string, string, string, string[], string, string | null, string | null][] = [
    [
      clock.at(clock.daysAgo(-person.registeredIn), 10),
      c.id,
      'CONSULTANT',
      'Mutation.registerTalentBankRegistrant',
      ['kana', 'name'],
      'ALLOWED',
      null,
      c.officeId,
    ],
    [
      clock.at(clock.daysAgo(-person.lastContactIn), 11),
      c.id,
      'CONSULTANT',
      'Mutation.revealTalentBankContact',
      ['address', 'age', 'dateOfBirth', 'email', 'phone'],
      'ALLOWED',
      null,
      c.officeId,
    ],
  ];
  if (users.osaka && person.status === 'ACTIVE')
    entries.push([
      clock.at(clock.daysAgo(-person.lastContactIn), 14),
      users.osaka.id,
      'CONSULTANT',
      'Query.talentBankRegistrant',
      ['name'],
      'DENIED',
      'OUTSIDE_OFFICE',
      users.osaka.officeId,
    ]);
  for (const [at, actor, role, operation, fields, outcome, reason, officeId] of entries) {
    await tx.query(
      `INSERT INTO "talent_bank_access_log"
         ("occurred_at", "actor_user_id", "actor_role", "actor_office_id", "action", "operation", "registrant_id",
          "fields", "outcome", "denial_reason", "client_ip")
       VALUES ($1, $2, $3, $4, 'READ', $5, $6, $7::text[], $8, $9, '127.0.0.1')`,
      [at, actor, role, officeId, operation, person.id, fields, outcome, reason],
    );
  }
}
