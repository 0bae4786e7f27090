import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import { graphql, login, type GraphqlError } from '../support/graphql-client';
import { fullCall } from '../support/fuzz';
import { firstIds, idSource } from '../support/record-ids';
import { recordLeaks, REFUSAL_CODES } from '../support/refusals';
import { startIsolatedTestApi, type IsolatedApi } from '../support/test-api';
import { DataSource } from 'typeorm';

/** Outsiders first, so that records are probed before the people they belong to change them. */
const CALLERS = [
  'consultant.osaka@kakehashi.example',
  'partner.branch@kakehashi.example',
  'partner.hq@kakehashi.example',
  'executive@kakehashi.example',
  'consultant.hokkaido@kakehashi.example',
  'admin@kakehashi.example',
  'consultant.aichi@kakehashi.example',
  'hq@kakehashi.example',
  'consultant@kakehashi.example',
];

/**
 * Every query and mutation of every domain, called by every demo role on real records of every domain (a case of the
 * Tokyo and Aichi offices, a referral of a bank branch, a Tokyo talent-bank registrant, the demo companies, offers,
 * users and partners): each refusal (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND) names what was refused and why, and holds
 * no field of any of those records, by name or by value.
 */
describe('Refusals carry no record', () => {
  let api: IsolatedApi;
  const tokens = new Map<string, string>();
  const records = new Map<string, Record<string, unknown>>();
  let ids: Map<string, string>;

  beforeAll(async () => {
    api = await startIsolatedTestApi();
    for (const email of CALLERS) tokens.set(email, await login(api.url, email, DEMO_PASSWORD));
    ids = await firstIds(api.app.get(DataSource));
    ids.set('cases', await createCase());
    ids.set('referrals', await createReferral());
    ids.set('talent_bank_registrants', await registerRegistrant());
    const owner = new Client({ connectionString: api.ownerUrl });
    await owner.connect();
    try {
      for (const [table, id] of ids) {
        const { rows } = await owner.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
        records.set(table, rows[0] as Record<string, unknown>);
      }
    } finally {
      await owner.end();
    }
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
  });

  async function ok<T>(by: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await graphql<Record<string, T>>(api.url, query, variables, tokens.get(by));
    const data = result.data && Object.values(result.data)[0];
    if (!data) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
    return data;
  }

  async function createCase(): Promise<string> {
    const company = (name: string, prefecture: string, by: string) =>
      ok<{ id: string }>(
        by,
        'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }',
        {
          input: {
            legalName: name,
            prefectureCode: prefecture,
            jsicMajorCode: 'E',
            size: 'SME',
            employeeCount: 80,
          },
        },
      );
    const sender = await company('拒否確認送出工業株式会社', '13', 'consultant@kakehashi.example');
    const receiver = await company('拒否確認受入製作所株式会社', '23', 'consultant.aichi@kakehashi.example');
    const sending = await ok<{ id: string }>(
      'consultant@kakehashi.example',
      'mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }',
      {
        input: {
          companyId: sender.id,
          moveType: 'SECONDMENT',
          peopleCount: 2,
          reason: 'EMPLOYMENT_ADJUSTMENT',
          occupationCode: 'H',
          jobTitle: '組立工(拒否確認)',
        },
      },
    );
    const receiving = await ok<{ id: string }>(
      'consultant.aichi@kakehashi.example',
      'mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }',
      {
        input: {
          companyId: receiver.id,
          moveTypes: ['SECONDMENT'],
          peopleWanted: 2,
          occupationCode: 'H',
          jobTitle: '検査工(拒否確認)',
          workplacePrefectureCode: '23',
        },
      },
    );
    const created = await ok<{ id: string; version: number }>(
      'consultant@kakehashi.example',
      'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id version } }',
      { input: { sendingOfferId: sending.id, receivingOfferId: receiving.id } },
    );
    await ok(
      'consultant@kakehashi.example',
      'mutation ($input: RecordCaseWorkersInput!) { recordCaseWorkers(input: $input) { id } }',
      {
        input: {
          caseId: created.id,
          expectedVersion: created.version,
          workers: [{ label: '出向予定者A(拒否確認)', consentOn: todayInJapan() }],
        },
      },
    );
    return created.id;
  }

  async function createReferral(): Promise<string> {
    const referral = await ok<{ id: string }>(
      'partner.branch@kakehashi.example',
      'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
      {
        input: {
          clientName: '拒否確認商事株式会社',
          clientJsicMajorCode: 'I',
          clientPrefectureCode: '13',
          clientSize: 'SME',
          clientEmployeeCount: 40,
          need: 'SURPLUS',
          surplusPeople: 1,
          occupations: '販売(拒否確認)',
          description: '取引先の事業縮小に伴う人員の過剰(拒否確認)。',
          consentObtainedOn: todayInJapan(),
          consentObtainedBy: '新宿支店 法人営業 拒否確認',
        },
      },
    );
    return referral.id;
  }

  async function registerRegistrant(): Promise<string> {
    const today = todayInJapan();
    const [purpose] = await ok<{ version: string }[]>(
      'consultant@kakehashi.example',
      '{ talentBankConsentPurposes { version } }',
      {},
    );
    const registrant = await ok<{ id: string }>(
      'consultant@kakehashi.example',
      'mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }',
      {
        input: {
          name: '拒否確認 太郎',
          kana: 'キョヒカクニン タロウ',
          dateOfBirth: addDays(addMonths(today, -12 * 64), -10),
          phone: '090-1234-9876',
          email: 'kyohi-kakunin@example.jp',
          address: '東京都千代田区拒否確認町1-2-3',
          prefectureCode: '13',
          eligibilityReason: 'MANDATORY_RETIREMENT',
          leftJobOn: addDays(today, 30),
          consent: { givenOn: today, purposeVersion: purpose.version, method: 'WRITTEN' },
        },
      },
    );
    return registrant.id;
  }

  it('names what was refused and why, never a field of the record', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const ids$ = idSource(ids);
    const leaks: string[] = [];
    const reasons = new Set<string>();
    let refusals = 0;
    const check = (operation: string, by: string, error: GraphqlError) => {
      refusals += 1;
      reasons.add(String(error.extensions?.reason ?? error.extensions?.code));
      for (const [table, record] of records) {
        for (const leak of recordLeaks(error, record)) leaks.push(`${operation} as ${by}: ${table} ${leak}`);
      }
    };
    for (const [kind, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (['login', 'signIn', 'changeMyPassword', 'changeMyPasswordInSession'].includes(field.name))
          continue;
        const call = fullCall(kind, field, ids$);
        for (const [by, token] of tokens) {
          const result = await graphql(api.url, call.document, call.variables, token);
          for (const error of result.errors ?? []) {
            if (REFUSAL_CODES.has(String(error.extensions?.code)))
              check(`${type?.name}.${field.name}`, by, error);
          }
        }
      }
    }
    // The probes reached the domains' own refusals, not only the role guard.
    expect(refusals).toBeGreaterThan(300);
    expect([...reasons]).toEqual(
      expect.arrayContaining(['ROLE_NOT_ALLOWED', 'NOT_INVOLVED', 'OUTSIDE_OFFICE', 'REFERRAL_NOT_FOUND']),
    );
    expect(leaks).toEqual([]);
  }, 600_000);
});
