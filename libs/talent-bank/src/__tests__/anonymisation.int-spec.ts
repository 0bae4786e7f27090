// Withdrawal, expiry and re-employment end a registration; after the retention period the personal data is
// anonymised by a job on the real Redis (BullMQ, this process as the worker) — or by the daily sweep when a job never
// ran — keeping what statistics need: the re-employment counts do not change. The sweeps here are limited to this
// file's registrants (the database is shared with files running at the same time).
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { addDays, addMonths } from '@kakehashi/calendar';
import { AnonymiseRegistrantService } from '../anonymisation/anonymise-registrant.service';
import { TalentBankSweepService } from '../anonymisation/talent-bank-sweep.service';
import { fiscalYearOf } from '../outcomes/outcomes.service';
import { ANONYMISED_NAME } from '../registrants/services/registrant-view';
import {
  eventually,
  insertCompany,
  ok,
  person,
  register,
  startKit,
  staff,
  type JsonValue,
  type Person,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

interface Withdrawn {
  withdrawTalentBankConsent: { status: string; closedOn: string };
}

interface Outcomes {
  talentBankOutcomes: {
    total: number;
    byMonth: { month: string; count: number }[];
    byOccupation: { occupationCode: string; count: number }[];
  };
}

interface RawRow {
  name: string;
  kana: string;
  status: string;
  closedOn: string | null;
  anonymisedAt: Date | null;
  sealed: (string | null)[];
  gender: string | null;
  workHistory: unknown[];
  skillKeys: string[];
  strengths: string | null;
  wage: number | null;
  ageBand: string;
  officeId: string;
  prefectureCode: string;
  consentGivenOn: string;
}

async function rawRow(kit: TalentBankKit, id: string): Promise<RawRow> {
  const [row] = await kit.dataSource.query<RawRow[]>(
    `SELECT "name", "kana", "status", "closed_on"::text AS "closedOn", "anonymised_at" AS "anonymisedAt",
            ARRAY["date_of_birth_ciphertext", "phone_ciphertext", "email_ciphertext", "address_ciphertext", "encryption_key_id"] AS "sealed",
            "gender", "work_history" AS "workHistory", "skill_keys" AS "skillKeys", "strengths",
            "desired_monthly_wage" AS "wage", "age_band_at_registration" AS "ageBand", "office_id" AS "officeId",
            "prefecture_code" AS "prefectureCode", "consent_given_on"::text AS "consentGivenOn"
       FROM "talent_bank_registrants" WHERE "id" = $1`,
    [id],
  );
  return row;
}

function expectAnonymised(row: RawRow, who: Person): void {
  expect(row.name).toBe(ANONYMISED_NAME);
  expect(row.kana).toBe('');
  expect(row.sealed).toEqual([null, null, null, null, null]);
  expect(row.gender).toBeNull();
  expect(row.workHistory).toEqual([]);
  expect(row.skillKeys).toEqual([]);
  expect(row.strengths).toBeNull();
  expect(row.wage).toBeNull();
  expect(row.anonymisedAt).not.toBeNull();
  expect(JSON.stringify(row)).not.toContain(who.name.split(' ')[0]);
  // What statistics (and the proof of consent) keep.
  expect(row).toMatchObject({ ageBand: 'FROM_60_TO_64', prefectureCode: '13', consentGivenOn: who.today });
}

const WITHDRAW = `mutation ($input: WithdrawTalentBankConsentInput!) { withdrawTalentBankConsent(input: $input) { status closedOn } }`;

describe('anonymisation by the job on the real Redis', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let today: string;

  beforeAll(async () => {
    // No retention: a closed registration is anonymised as soon as its job runs.
    kit = await startKit({ redis: true, env: { TALENT_BANK_RETENTION_DAYS: '0' } });
    users = await staff(kit.dataSource);
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());

  it('anonymises a registrant after the consent is withdrawn, through the queued job', async () => {
    const who = person(today);
    const { id, version } = await register(kit, users.tokyo, who, { gender: 'MALE' });
    expect(
      ok(
        await kit.gql<Withdrawn>(users.tokyo, WITHDRAW, {
          input: { registrantId: id, expectedVersion: version, withdrawnOn: today },
        }),
      ),
    ).toEqual({
      withdrawTalentBankConsent: { status: 'WITHDRAWN', closedOn: today },
    });
    const job = await eventually(
      () => kit.app.get(JobQueue).getJob(QueueName.TALENT_BANK, `talent-bank-anonymise-${id}`),
      (status) => status?.state === 'completed',
    );
    expect(job?.result).toEqual({ outcome: 'ANONYMISED' });
    expectAnonymised(await rawRow(kit, id), who);

    const read = ok(
      await kit.gql<{ talentBankRegistrant: { [field: string]: JsonValue } }>(
        users.tokyo,
        `query ($id: ID!) { talentBankRegistrant(id: $id) { name kana dateOfBirth age phone email address gender anonymised status career { workHistory { company } } } }`,
        { id },
      ),
    ).talentBankRegistrant;
    expect(read).toEqual({
      name: ANONYMISED_NAME,
      kana: '',
      dateOfBirth: null,
      age: null,
      phone: null,
      email: null,
      address: null,
      gender: null,
      anonymised: true,
      status: 'WITHDRAWN',
      career: { workHistory: [] },
    });
    const search = ok(
      await kit.gql<{ talentBankRegistrants: { totalCount: number } }>(
        users.tokyo,
        `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { totalCount } }`,
        {
          name: who.name,
        },
      ),
    );
    expect(search.talentBankRegistrants.totalCount).toBe(0);
    // Idempotent: the job again, or the sweep beside it, finds it done.
    expect(await kit.app.get(AnonymiseRegistrantService).anonymise(id)).toBe('ALREADY_ANONYMISED');
  });

  it('keeps the re-employment outcome and its counts unchanged when the registrant is anonymised', async () => {
    const reemployedOn = addMonths(today, 7);
    const fy = fiscalYearOf(reemployedOn);
    const OUTCOMES = `query ($fy: Int!) { talentBankOutcomes(fiscalYear: $fy) { total byMonth { month count } byOccupation { occupationCode count } } }`;
    const before = ok(await kit.gql<Outcomes>(users.executive, OUTCOMES, { fy })).talentBankOutcomes;
    const who = person(today);
    const { id, version } = await register(kit, users.tokyo, who);
    const employer = await insertCompany(kit.dataSource);
    ok(
      await kit.gql<{ recordTalentBankReemployment: { status: string } }>(
        users.tokyo,
        `mutation ($input: RecordTalentBankReemploymentInput!) { recordTalentBankReemployment(input: $input) { status } }`,
        {
          input: {
            registrantId: id,
            expectedVersion: version,
            reemployedOn,
            employerCompanyId: employer,
            jobTitle: '設備点検',
            occupationCode: 'I',
            employmentType: 'CONTRACT',
            wageBand: 'FROM_200K_TO_249K',
          },
        },
      ),
    );
    const outcomeRow = async () =>
      kit.dataSource.query<unknown[]>(
        `SELECT * FROM "talent_bank_reemployments" WHERE "registrant_id" = $1`,
        [id],
      );
    const recorded = await outcomeRow();
    expect(recorded).toHaveLength(1);
    await eventually(
      () => rawRow(kit, id),
      (row) => row.anonymisedAt !== null,
    );
    expectAnonymised(await rawRow(kit, id), who);
    expect(await outcomeRow()).toEqual(recorded);
    const after = ok(await kit.gql<Outcomes>(users.executive, OUTCOMES, { fy })).talentBankOutcomes;
    expect(after.total).toBe(before.total + 1);
    const month = (o: Outcomes['talentBankOutcomes']) =>
      o.byMonth.find((m) => m.month === reemployedOn.slice(0, 7))!.count;
    expect(month(after)).toBe(month(before) + 1);
    // The outcome row refuses any change: anonymisation could not have touched it.
    await expect(
      kit.dataSource.query(
        `UPDATE "talent_bank_reemployments" SET "job_title" = 'x' WHERE "registrant_id" = $1`,
        [id],
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('runs the daily sweep as a job: expires a registration without contact, then anonymises it', async () => {
    const who = person(today);
    const { id } = await register(kit, users.tokyo, who);
    const stale = await register(kit, users.tokyo, person(today));
    // Last contact 366 days ago (TALENT_BANK_EXPIRY_DAYS defaults to 365); the other was contacted today.
    await kit.dataSource.query(
      `UPDATE "talent_bank_registrants" SET "last_contacted_on" = $2 WHERE "id" = $1`,
      [id, addDays(today, -366)],
    );
    await kit.dataSource.query(
      `UPDATE "talent_bank_registrants" SET "last_contacted_on" = $2 WHERE "id" = $1`,
      [stale.id, addDays(today, -365)],
    );
    const queued = await kit.app
      .get(JobQueue)
      .enqueue(QueueName.TALENT_BANK, JobName.TALENT_BANK_SWEEP, { registrantIds: [id, stale.id] });
    const done = await eventually(
      () => kit.app.get(JobQueue).getJob(QueueName.TALENT_BANK, queued.id),
      (status) => status?.state === 'completed',
    );
    expect(done?.result).toEqual({ expired: 1, anonymised: 1 });
    const row = await rawRow(kit, id);
    expect(row).toMatchObject({ status: 'EXPIRED', closedOn: today });
    expectAnonymised(row, who);
    expect(await rawRow(kit, stale.id)).toMatchObject({ status: 'ACTIVE', anonymisedAt: null });
  });
});

describe('anonymisation after a retention period (in-process jobs, no Redis)', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let today: string;

  beforeAll(async () => {
    kit = await startKit({ env: { TALENT_BANK_RETENTION_DAYS: '30' } });
    users = await staff(kit.dataSource);
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());
  beforeEach(() => kit.clock.reset());

  it('keeps the data through the retention period and anonymises it on its last day’s morrow, once', async () => {
    const who = person(today);
    const { id, version } = await register(kit, users.tokyo, who);
    ok(
      await kit.gql<Withdrawn>(users.tokyo, WITHDRAW, {
        input: { registrantId: id, expectedVersion: version, withdrawnOn: today },
      }),
    );
    const sweeps = kit.app.get(TalentBankSweepService);
    const anonymiser = kit.app.get(AnonymiseRegistrantService);
    expect(await anonymiser.anonymise(id)).toBe('NOT_DUE');
    kit.clock.setToday(addDays(today, 29));
    expect(await sweeps.sweep({ registrantIds: [id] })).toEqual({ expired: 0, anonymised: 0 });
    expect((await rawRow(kit, id)).anonymisedAt).toBeNull();
    kit.clock.setToday(addDays(today, 30));
    expect(await sweeps.sweep({ registrantIds: [id] })).toEqual({ expired: 0, anonymised: 1 });
    expectAnonymised(await rawRow(kit, id), who);
    expect(await sweeps.sweep({ registrantIds: [id] })).toEqual({ expired: 0, anonymised: 0 });
  });

  it('never anonymises an active registration, and refuses to edit a closed one', async () => {
    const { id, version } = await register(kit, users.tokyo, person(today));
    expect(await kit.app.get(AnonymiseRegistrantService).anonymise(id)).toBe('STILL_ACTIVE');
    ok(
      await kit.gql<Withdrawn>(users.tokyo, WITHDRAW, {
        input: { registrantId: id, expectedVersion: version, withdrawnOn: today },
      }),
    );
    const edit = await kit.gql<{ updateTalentBankRegistrant: { id: string } }>(
      users.tokyo,
      `mutation ($input: UpdateTalentBankRegistrantInput!) { updateTalentBankRegistrant(input: $input) { id } }`,
      {
        input: { id, expectedVersion: version + 1, address: '大阪府' },
      },
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'REGISTRATION_CLOSED',
    });
    expect(edit.errors?.[0]?.message).toBe('この登録は「同意撤回」のため、この操作はできません。');
  });
});
