// What the screens rely on: contact details and the date of birth only through an explicit, logged reveal (lists and
// rankings never carry them), and the eligibility answer as the registration form is filled in, from the same rules
// registration applies.
import { addDays, addMonths } from '@kakehashi/calendar';
import {
  accessLogOf,
  dataOf,
  person,
  register,
  startKit,
  staff,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

const REVEAL = `mutation ($id: ID!) { revealTalentBankContact(id: $id) { registrantId dateOfBirth age phone email address } }`;
const CHECK = `query ($input: TalentBankEligibilityInput!) {
  checkTalentBankEligibility(input: $input) { registeredOn eligible complete age ageBand summary problems { field message } }
}`;

interface Revealed {
  revealTalentBankContact: {
    registrantId: string;
    dateOfBirth: string;
    age: number;
    phone: string;
    email: string;
    address: string;
  } | null;
}

interface EligibilityCheck {
  checkTalentBankEligibility: {
    registeredOn: string;
    eligible: boolean;
    complete: boolean;
    age: number | null;
    ageBand: string | null;
    summary: string;
    problems: { field: string; message: string }[];
  };
}

interface Guidance {
  talentBankGuidance: {
    eligibilityRule: string;
    reasons: { reason: string; label: string; explanation: string }[];
    withdrawalNotice: string;
    retentionDays: number;
  };
}

describe('revealing contact details', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let today: string;

  beforeAll(async () => {
    kit = await startKit();
    users = await staff(kit.dataSource);
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());

  it('shows them on request and records who revealed which fields, never their values', async () => {
    const who = person(today, 63);
    const { id } = await register(kit, users.tokyo, who);
    const revealed = await kit.gql<Revealed>(users.tokyo, REVEAL, { id });
    expect(revealed.data?.['revealTalentBankContact']).toEqual({
      registrantId: id,
      dateOfBirth: who.dateOfBirth,
      age: 63,
      phone: who.phone,
      email: who.email,
      address: who.address,
    });
    const rows = await accessLogOf(kit.dataSource, id);
    const last = rows.at(-1);
    expect(last).toMatchObject({
      actorUserId: users.tokyo.id,
      action: 'READ',
      operation: 'Mutation.revealTalentBankContact',
      fields: ['address', 'age', 'dateOfBirth', 'email', 'phone'],
      outcome: 'ALLOWED',
    });
    expect(last?.clientIp).toMatch(/127\.0\.0\.1|::1/);
    const text = JSON.stringify(rows);
    for (const secret of [who.phone, who.email, who.address, who.dateOfBirth])
      expect(text).not.toContain(secret);
  });

  it('refuses another office, and logs the refusal with the fields it tried to reveal', async () => {
    const { id } = await register(kit, users.tokyo, person(today));
    const refused = await kit.gql<Revealed>(users.osaka, REVEAL, { id });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_OFFICE' });
    expect(JSON.stringify(refused)).not.toContain('phone":"0');
    const last = (await accessLogOf(kit.dataSource, id)).at(-1);
    expect(last).toMatchObject({
      actorUserId: users.osaka.id,
      outcome: 'DENIED',
      denialReason: 'OUTSIDE_OFFICE',
      fields: ['address', 'age', 'dateOfBirth', 'email', 'phone'],
    });
  });

  it('leaves them out of every list and ranking, whatever the query asks', async () => {
    const who = person(today);
    const { id } = await register(kit, users.tokyo, who);
    const listed = await kit.gql<{
      talentBankRegistrants: { edges: { node: Record<string, string | number | null> }[] };
    }>(
      users.tokyo,
      `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { edges { node { id name dateOfBirth age phone email address } } } }`,
      { name: who.name },
    );
    expect(listed.data?.['talentBankRegistrants'].edges).toEqual([
      { node: { id, name: who.name, dateOfBirth: null, age: null, phone: null, email: null, address: null } },
    ]);
    // The list read the name only: the log says so.
    expect((await accessLogOf(kit.dataSource, id)).at(-1)).toMatchObject({
      operation: 'Query.talentBankRegistrants',
      fields: ['name'],
    });
  });
});

describe('checking eligibility as the form is filled in', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let today: string;

  beforeAll(async () => {
    kit = await startKit();
    users = await staff(kit.dataSource);
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());

  const check = async (input: Record<string, unknown>) =>
    dataOf(await kit.gql<EligibilityCheck>(users.tokyo, CHECK, { input })).checkTalentBankEligibility;

  it('accepts a person who turned 60 today, and refuses one a day short with the reason on the date of birth', async () => {
    const sixtyToday = addMonths(today, -12 * 60);
    const eligible = await check({ dateOfBirth: sixtyToday, eligibilityReason: 'MANDATORY_RETIREMENT' });
    expect(eligible).toMatchObject({
      registeredOn: today,
      eligible: true,
      complete: true,
      age: 60,
      ageBand: 'FROM_60_TO_64',
      problems: [],
    });
    expect(eligible.summary).toContain('登録の対象です');

    // 59 years and 364 days: 59, refused, and told when the 60th birthday is.
    const dayShort = addDays(sixtyToday, 1);
    const refused = await check({ dateOfBirth: dayShort, eligibilityReason: 'MANDATORY_RETIREMENT' });
    expect(refused).toMatchObject({ eligible: false, complete: true, age: 59, ageBand: null });
    expect(refused.problems).toEqual([
      { field: 'input.dateOfBirth', message: expect.stringContaining('59歳のため登録できません') },
    ]);
    expect(refused.summary).toContain('登録の対象外です');
  });

  it('says what is still to answer, and explains a too-young age before the reason is chosen', async () => {
    const empty = await check({});
    expect(empty).toMatchObject({ eligible: false, complete: false, age: null, problems: [] });
    const young = await check({ dateOfBirth: addDays(addMonths(today, -12 * 60), 1) });
    expect(young).toMatchObject({ eligible: false, complete: false, age: 59 });
    expect(young.problems[0].field).toBe('input.dateOfBirth');
    const needsLeaving = await check({
      dateOfBirth: addMonths(today, -12 * 62),
      eligibilityReason: 'LEFT_JOB_AT_60_OR_OVER',
    });
    expect(needsLeaving).toMatchObject({ eligible: false, complete: true });
    expect(needsLeaving.problems.map((p: { field: string }) => p.field)).toEqual(['input.leftJobOn']);
  });

  it('reads a malformed date as a problem on its field, and stores nothing', async () => {
    const bad = await check({ dateOfBirth: '1960-02-30', eligibilityReason: 'MANDATORY_RETIREMENT' });
    expect(bad).toMatchObject({ eligible: false, complete: false });
    expect(bad.problems.map((p: { field: string }) => p.field)).toEqual(['input.dateOfBirth']);
    // This describe's consultant only ever asks the question: nothing of theirs is in the log.
    const mine = await kit.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "talent_bank_access_log" WHERE "actor_user_id" = $1`,
      [users.tokyo.id],
    );
    expect(mine[0].n).toBe(0);
  });

  it('gives the rules in words: who may register, each reason, and what a withdrawal does after the retention period', async () => {
    const guidance = dataOf(
      await kit.gql<Guidance>(
        users.tokyo,
        `{ talentBankGuidance { eligibilityRule reasons { reason label explanation } withdrawalNotice retentionDays } }`,
      ),
    ).talentBankGuidance;
    expect(guidance.eligibilityRule).toContain('60歳以上');
    expect(guidance.reasons.map((r: { reason: string }) => r.reason)).toEqual([
      'MANDATORY_RETIREMENT',
      'END_OF_CONTINUED_EMPLOYMENT',
      'LEFT_JOB_AT_60_OR_OVER',
    ]);
    expect(guidance.withdrawalNotice).toContain(`${guidance.retentionDays}日の保存期間`);
    expect(guidance.withdrawalNotice).toContain('匿名化');
  });
});
