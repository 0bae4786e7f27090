// Registering, editing and finding registrants through GraphQL on the real database: the eligibility rules at their
// boundaries, the personal data sealed at rest (read back from the raw columns), search by name, and what the
// registration form can and cannot collect.
import { addDays, addMonths } from '@kakehashi/calendar';
import { validateEnvironment } from '@kakehashi/config';
import { PersonalDataCipher } from '../crypto/personal-data-cipher';
import {
  dataOf,
  person,
  register,
  REGISTER,
  registerInput,
  startKit,
  staff,
  type Registered,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

describe('registering in the Career Talent Bank', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let today: string;

  beforeAll(async () => {
    kit = await startKit();
    users = await staff(kit.dataSource);
  });
  beforeEach(() => {
    kit.clock.reset();
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());

  const refusal = (response: { errors?: { extensions: Record<string, unknown> }[] }) => ({
    code: response.errors?.[0]?.extensions['code'],
    reason: response.errors?.[0]?.extensions['reason'],
    fields: response.errors?.[0]?.extensions['fields'],
  });

  describe('eligibility at its boundaries', () => {
    it('refuses a person aged 59 years and 364 days with the reason, and registers them on their 60th birthday', async () => {
      const birthday60 = addDays(today, 1);
      const who = { ...person(today), dateOfBirth: addMonths(birthday60, -12 * 60) };
      const refused = await kit.gql<Registered>(users.tokyo, REGISTER, { input: registerInput(who) });
      expect(refusal(refused)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_ELIGIBLE',
        fields: [
          {
            field: 'input.dateOfBirth',
            message: expect.stringMatching(
              /^登録日（\d{4}年\d{1,2}月\d{1,2}日）時点で59歳のため登録できません。キャリア人材バンクは60歳以上の方が対象です（60歳の誕生日は\d{4}年\d{1,2}月\d{1,2}日）。$/,
            ),
          },
        ],
      });
      expect(refused.errors?.[0]?.message).toMatch(/^キャリア人材バンクの登録対象外です。/);
      const count = await kit.dataSource.query<unknown[]>(
        `SELECT 1 FROM "talent_bank_registrants" WHERE "name" = $1`,
        [who.name],
      );
      expect(count).toEqual([]);

      kit.clock.setToday(birthday60);
      const accepted = await kit.gql<Registered>(users.tokyo, REGISTER, {
        input: registerInput({ ...who, today: birthday60 }),
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.['registerTalentBankRegistrant']).toMatchObject({
        status: 'ACTIVE',
        age: 60,
        ageBandAtRegistration: 'FROM_60_TO_64',
      });
    });

    it('accepts leaving a job at 60+ 365 days ago and refuses 366 days ago, naming the deadline', async () => {
      const who = person(today, 66);
      const leftOn = (days: number) =>
        kit.gql<Registered>(users.tokyo, REGISTER, {
          input: registerInput(person(today, 66), {
            eligibilityReason: 'LEFT_JOB_AT_60_OR_OVER',
            leftJobOn: addDays(today, -days),
          }),
        });
      // Today is not within a year that holds 29 February (that year has 366 days; see rules/age.spec.ts).
      expect(addDays(today, -366) < `${today.slice(0, 4)}-02-29` || today < '2028-01-01').toBe(true);
      const refused = await leftOn(366);
      expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE' });
      expect(refusal(refused).fields).toEqual([
        {
          field: 'input.leftJobOn',
          message: expect.stringMatching(/から1年を超えているため登録できません（1年以内の期限は.+）。$/),
        },
      ]);
      expect((await leftOn(365)).errors).toBeUndefined();
      const missing = await kit.gql<Registered>(users.tokyo, REGISTER, {
        input: registerInput(who, { eligibilityReason: 'LEFT_JOB_AT_60_OR_OVER' }),
      });
      expect(refusal(missing).fields).toEqual([
        { field: 'input.leftJobOn', message: expect.stringMatching(/^離職日を入力してください。/) },
      ]);
    });

    it('reports bad input on its fields before judging eligibility, and writes nothing', async () => {
      const who = person(today);
      const response = await kit.gql<Registered>(users.tokyo, REGISTER, {
        input: registerInput(who, {
          kana: 'Yamada',
          phone: null,
          email: null,
          prefectureCode: '48',
          consent: { givenOn: addDays(today, 1), purposeVersion: 'no-such-version', method: 'WRITTEN' },
        }),
      });
      expect(refusal(response).reason).toBe('INVALID_INPUT');
      expect((refusal(response).fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
        'input.consent.givenOn',
        'input.consent.purposeVersion',
        'input.kana',
        'input.phone',
        'input.prefectureCode',
      ]);
    });
  });

  it('seals the date of birth and contact details at rest: the raw columns hold no plaintext, only the key opens them', async () => {
    const who = person(today);
    const { id } = await register(kit, users.tokyo, who);
    const [raw] = await kit.dataSource.query<Record<string, string | null>[]>(
      `SELECT * FROM "talent_bank_registrants" WHERE "id" = $1`,
      [id],
    );
    const sealed = ['date_of_birth_ciphertext', 'phone_ciphertext', 'email_ciphertext', 'address_ciphertext'];
    const rowText = JSON.stringify(raw);
    for (const secret of [who.dateOfBirth, who.phone, who.email, who.address, who.phone.replace(/-/g, '')]) {
      expect(rowText).not.toContain(secret);
    }
    for (const column of sealed) expect(raw[column]).toMatch(/^v1\.[0-9a-f]{16}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    // The name stays plain (search by name must work); the contact details do not.
    expect(raw['name']).toBe(who.name);

    const withKey = new PersonalDataCipher(
      validateEnvironment({ NODE_ENV: 'test', TALENT_BANK_ENCRYPTION_KEY: kit.encryptionKey }, '/r'),
    );
    expect(raw['encryption_key_id']).toBe(withKey.keyId);
    expect(withKey.decrypt(raw['date_of_birth_ciphertext']!, id, 'dateOfBirth')).toBe(who.dateOfBirth);
    expect(withKey.decrypt(raw['phone_ciphertext']!, id, 'phone')).toBe(who.phone);
    const otherKey = new PersonalDataCipher(
      validateEnvironment(
        {
          NODE_ENV: 'production',
          JWT_SECRET: 'x'.repeat(40),
          TALENT_BANK_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
        },
        '/r',
      ),
    );
    expect(() => otherKey.decrypt(raw['email_ciphertext']!, id, 'email')).toThrow(/not configured/);

    const read = await kit.gql<{
      talentBankRegistrant: {
        dateOfBirth: string | null;
        phone: string | null;
        email: string | null;
        address: string | null;
        age: number | null;
      };
    }>(
      users.tokyo,
      `query ($id: ID!) { talentBankRegistrant(id: $id) { dateOfBirth phone email address age } }`,
      { id },
    );
    expect(read.data?.['talentBankRegistrant']).toEqual({
      dateOfBirth: who.dateOfBirth,
      phone: who.phone,
      email: who.email,
      address: who.address,
      age: 64,
    });
  });

  it('finds registrants by name or kana however it is typed, within the caller’s office', async () => {
    const who = person(today);
    const { id } = await register(kit, users.tokyo, who);
    const search = async (user = users.tokyo, name: string) => {
      const response = await kit.gql<{
        talentBankRegistrants: { totalCount: number; edges: { node: { id: string } }[] };
      }>(
        user,
        `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { totalCount edges { node { id } } } }`,
        { name },
      );
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return dataOf(response).talentBankRegistrants.edges.map((e) => e.node.id);
    };
    const family = who.name.split(' ')[0];
    const kanaFamily = who.kana.split(' ')[0];
    const hiragana = kanaFamily.replace(/[\u30A1-\u30F6]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0x60),
    );
    const fullWidthName = family.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(await search(users.tokyo, family)).toEqual([id]);
    expect(await search(users.tokyo, ` ${fullWidthName}\u3000太郎 `)).toEqual([id]);
    expect(await search(users.tokyo, kanaFamily)).toEqual([id]);
    expect(await search(users.tokyo, hiragana)).toEqual([id]);
    expect(await search(users.hq, family)).toEqual([id]);
    // Another office's consultant does not see the Tokyo office's registrant.
    expect(await search(users.osaka, family)).toEqual([]);
  });

  it('stores the name and the career as typed (full-width, capitals, ①, line breaks) and finds them by the key', async () => {
    const who = person(today);
    const name = `${who.name}\u3000ＳＭＩＴＨ`;
    const input = registerInput(who, { name });
    const career = input['career'] as { workHistory: Record<string, string>[] };
    career.workHistory[0] = {
      ...career.workHistory[0],
      company: 'ＡＢＣ化学（株）',
      duties: '①決算\n②税務申告',
    };
    const response = await kit.gql<Registered>(users.tokyo, REGISTER, { input });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const registered = dataOf(response).registerTalentBankRegistrant;
    expect(registered.name).toBe(name);
    expect(registered.career.workHistory).toEqual([{ company: 'ＡＢＣ化学（株）' }]);
    const [{ duties }] = await kit.dataSource.query<{ duties: string }[]>(
      `SELECT "work_history"->0->>'duties' AS "duties" FROM "talent_bank_registrants" WHERE "id" = $1`,
      [registered.id],
    );
    expect(duties).toBe('①決算\n②税務申告');
    const found = await kit.gql<{ talentBankRegistrants: { edges: { node: { id: string } }[] } }>(
      users.tokyo,
      `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { edges { node { id } } } }`,
      { name: `${who.name} smith` },
    );
    expect(found.data?.['talentBankRegistrants'].edges).toEqual([{ node: { id: registered.id } }]);
  });

  it('edits with optimistic locking: a stale version is a conflict and loses nothing', async () => {
    const who = person(today);
    const { id, version } = await register(kit, users.tokyo, who);
    type Updated = {
      updateTalentBankRegistrant: {
        version: number;
        phone: string | null;
        email: string | null;
        wishes: { monthlyWage: number | null };
        career: { qualifications: { label: string }[] };
      };
    };
    const UPDATE = `mutation ($input: UpdateTalentBankRegistrantInput!) {
      updateTalentBankRegistrant(input: $input) { version phone email wishes { monthlyWage } career { qualifications { label } } }
    }`;
    const first = await kit.gql<Updated>(users.tokyo, UPDATE, {
      input: {
        id,
        expectedVersion: version,
        phone: null,
        email: 'new@example.jp',
        wishes: { monthlyWage: 200000 },
      },
    });
    expect(first.data?.['updateTalentBankRegistrant']).toEqual({
      version: version + 1,
      phone: null,
      email: 'new@example.jp',
      wishes: { monthlyWage: 200000 },
      career: { qualifications: [{ label: '日商簿記2級' }] },
    });
    const stale = await kit.gql<Updated>(users.hq, UPDATE, {
      input: { id, expectedVersion: version, email: 'lost@example.jp' },
    });
    expect(refusal(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(stale.errors?.[0]?.extensions['currentVersion']).toBe(version + 1);
    const noContact = await kit.gql<Updated>(users.tokyo, UPDATE, {
      input: { id, expectedVersion: version + 1, email: null },
    });
    expect(refusal(noContact).fields).toEqual([
      {
        field: 'input.phone',
        message: 'ご本人への連絡先として、電話番号またはメールアドレスを入力してください。',
      },
    ]);
  });

  it('resolves licences against the skills dictionary, with what they imply', async () => {
    const response = await kit.gql<Registered>(users.tokyo, REGISTER, {
      input: registerInput(person(today), {
        career: { qualifications: ['大型免許', 'ﾌｫｰｸﾘﾌﾄ運転技能'], skills: [] },
      }),
    });
    const id = response.data?.['registerTalentBankRegistrant'].id as string;
    expect(
      response.data?.['registerTalentBankRegistrant'].career.qualifications.map(
        (q: { label: string }) => q.label,
      ),
    ).toEqual(['大型自動車第一種運転免許', 'フォークリフト運転技能']);
    const [row] = await kit.dataSource.query<{ keys: string[] }[]>(
      `SELECT "skill_keys" AS "keys" FROM "talent_bank_registrants" WHERE "id" = $1`,
      [id],
    );
    expect(row.keys).toEqual(expect.arrayContaining(['普通自動車第一種運転免許']));
  });

  it('has no field for origin, domicile of origin, beliefs or union membership', async () => {
    const response = await kit.gql<{
      __type: { inputFields: { name: string }[] };
      registrant: { fields: { name: string }[] };
    }>(
      users.tokyo,
      `{ __type(name: "RegisterTalentBankRegistrantInput") { inputFields { name } } registrant: __type(name: "TalentBankRegistrant") { fields { name } } }`,
    );
    const types = dataOf(response);
    const names = [
      ...types['__type'].inputFields.map((f: { name: string }) => f.name),
      ...types['registrant'].fields.map((f: { name: string }) => f.name),
    ].join(' ');
    expect(names).not.toMatch(/origin|domicile|honseki|nationality|belief|religion|union|race|birthplace/i);
    expect(response.data?.['__type'].inputFields.map((f: { name: string }) => f.name).sort()).toEqual(
      [
        'address',
        'career',
        'consent',
        'dateOfBirth',
        'eligibilityReason',
        'email',
        'gender',
        'kana',
        'leftJobOn',
        'name',
        'officeId',
        'phone',
        'prefectureCode',
        'supportRequestId',
        'wishes',
      ].sort(),
    );
  });

  it('registers at the consultant’s own office only; headquarters names the office', async () => {
    const osakaOffice = users.osaka.officeId!;
    const refused = await kit.gql<Registered>(users.tokyo, REGISTER, {
      input: registerInput(person(today), { officeId: osakaOffice }),
    });
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_OFFICE' });
    const hqRegistered = await kit.gql<{
      registerTalentBankRegistrant: { officeId: string; office: { code: string } };
    }>(
      users.hq,
      `mutation ($input: RegisterTalentBankRegistrantInput!) {
      registerTalentBankRegistrant(input: $input) { officeId office { code } }
    }`,
      { input: registerInput(person(today), { officeId: osakaOffice }) },
    );
    expect(hqRegistered.data?.['registerTalentBankRegistrant']).toEqual({
      officeId: osakaOffice,
      office: { code: '27' },
    });
    // A consultant whose office was removed from their account (the guard hands the resolver what the token says).
    const noOffice = await kit.gql<Registered>({ ...users.tokyo, officeId: null }, REGISTER, {
      input: registerInput(person(today)),
    });
    expect(refusal(noOffice)).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_OFFICE_ASSIGNED' });
  });
});
