// The product on the embedded default, as a newcomer gets it: no DATABASE_URL (PGlite, which serves ONE connection),
// no REDIS_URL (jobs in-process). The start logs no false alarm, and writes of every kind work on the one connection
// (a use case that reads outside its open transaction would wait for a second connection and fail after 10 s).
import { ok } from '@kakehashi/testing';
import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { randomCorporateNumber, uniqueTag } from '@kakehashi/testing';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { graphql, login } from '../support/graphql-client';
import { freePort, run, type Spawned } from '../support/processes';

type Connection<Node> = { edges: { node: Node }[] };
/** A registrant as the mutations below return it, each asking for its own fields. */
interface Registrant {
  id: string;
  version: number;
  lastContactedOn?: string | null;
  email?: string | null;
  career?: { qualifications: { label: string }[] };
}

/** The JSON log lines at level error (50) or above, as pino writes them. */
function errorLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (!line.startsWith('{')) return false;
    try {
      return (JSON.parse(line) as { level?: number }).level! >= 50;
    } catch {
      return false;
    }
  });
}

describe('the API on the embedded default (PGlite, one connection, in-process jobs)', () => {
  let server: Spawned;
  let baseUrl: string;
  let dataDir: string;
  const token: Record<string, string> = {};
  const tag = uniqueTag(6);
  const today = todayInJapan();

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-e2e-embedded-default-'));
    const port = await freePort();
    // The run's database, Redis and pool settings are taken away: this is a machine with nothing configured.
    server = run(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      DATABASE_URL: undefined,
      DATABASE_POOL_SIZE: undefined,
      REDIS_URL: undefined,
      NODE_ENV: undefined,
      LOG_LEVEL: undefined,
      JWT_SECRET: undefined,
      TALENT_BANK_ENCRYPTION_KEY: undefined,
      HOST: '127.0.0.1',
      PORT: String(port),
      EMBEDDED_DB_DIR: dataDir,
    });
    await server.waitFor(/Demo sign-ins/, 150_000);
    baseUrl = `http://127.0.0.1:${port}`;
    for (const [who, email] of Object.entries({
      consultant: 'consultant@kakehashi.example',
      branch: 'partner.branch@kakehashi.example',
      hq: 'hq@kakehashi.example',
    })) {
      token[who] = await login(baseUrl, email, DEMO_PASSWORD);
    }
  }, 180_000);

  afterAll(async () => {
    await server?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const call = <T>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(baseUrl, query, variables, token[who]);

  it('starts without logging an error: no failed first connection to the database, no stack', () => {
    const output = server.output();
    expect(output).toContain('embedded PGlite');
    expect(output).not.toContain('Unable to connect');
    expect(errorLines(output)).toEqual([]);
  });

  it('loaded the demo partners’ referrals, the national assignment run and the talent bank on the one connection', async () => {
    const referrals = ok(
      await call<{ referrals: Connection<{ status: string }> }>(
        'branch',
        `{ referrals(first: 20) { edges { node { status } } } }`,
      ),
    ).referrals.edges.map((e) => e.node.status);
    // The 新宿支店 officer's own (the assigned one is the head office's).
    expect(referrals).toEqual(
      expect.arrayContaining([
        'DRAFT',
        'SUBMITTED',
        'FORWARDED',
        'ACCEPTED',
        'RETURNED',
        'CONVERTED',
        'CLOSED',
      ]),
    );
    const runs = ok(
      await call<{ assignmentRuns: Connection<{ scope: string; status: string }> }>(
        'hq',
        `{ assignmentRuns(first: 5) { edges { node { scope status } } } }`,
      ),
    ).assignmentRuns.edges.map((e) => e.node);
    expect(runs).toContainEqual({ scope: 'COUNTRY', status: 'COMPLETED' });
    // The demo talent bank, sealed with the key every embedded process derives: its records open.
    const registrants = ok(
      await call<{ talentBankRegistrants: Connection<{ id: string; status: string }> }>(
        'consultant',
        `{ talentBankRegistrants(first: 20) { edges { node { id status } } } }`,
      ),
    ).talentBankRegistrants.edges.map((e) => e.node);
    expect(new Set(registrants.map((r) => r.status))).toEqual(
      new Set(['ACTIVE', 'RE_EMPLOYED', 'WITHDRAWN', 'EXPIRED']),
    );
    const revealed = ok(
      await call<{ revealTalentBankContact: { age: number } }>(
        'consultant',
        `mutation ($id: ID!) { revealTalentBankContact(id: $id) { age } }`,
        {
          id: registrants[0].id,
        },
      ),
    ).revealTalentBankContact;
    expect(revealed.age).toBeGreaterThanOrEqual(60);
  });

  it('records a Career Talent Bank registrant’s contact, update and re-employment', async () => {
    const company = ok(
      await call<{ companies: Connection<{ id: string }> }>(
        'consultant',
        `{ companies(filter: { corporateNumber: "7991301103014" }) { edges { node { id } } } }`,
      ),
    ).companies.edges[0].node.id;
    const purposeVersion = ok(
      await call<{ talentBankConsentPurposes: { version: string }[] }>(
        'consultant',
        `{ talentBankConsentPurposes { version } }`,
      ),
    ).talentBankConsentPurposes[0].version;
    let registrant: Registrant = ok(
      await call<{ registerTalentBankRegistrant: Registrant }>(
        'consultant',
        `mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id version } }`,
        {
          input: {
            name: `埋込${tag} 太郎`,
            kana: 'ウメコミ タロウ',
            phone: '090-1234-5678',
            dateOfBirth: addDays(addMonths(today, -12 * 63), -40),
            prefectureCode: '13',
            eligibilityReason: 'MANDATORY_RETIREMENT',
            leftJobOn: addDays(today, 30),
            consent: { givenOn: today, purposeVersion, method: 'WRITTEN' },
          },
        },
      ),
    ).registerTalentBankRegistrant;

    registrant = ok(
      await call<{ recordTalentBankContact: Registrant }>(
        'consultant',
        `mutation ($input: RecordTalentBankContactInput!) { recordTalentBankContact(input: $input) { id version lastContactedOn } }`,
        { input: { registrantId: registrant.id, expectedVersion: registrant.version, contactedOn: today } },
      ),
    ).recordTalentBankContact;
    expect(registrant.lastContactedOn).toBe(today);

    registrant = ok(
      await call<{ updateTalentBankRegistrant: Registrant }>(
        'consultant',
        `mutation ($input: UpdateTalentBankRegistrantInput!) { updateTalentBankRegistrant(input: $input) { id version email career { qualifications { label } } } }`,
        {
          input: {
            id: registrant.id,
            expectedVersion: registrant.version,
            email: `${tag}@example.jp`,
            career: { workHistory: [], qualifications: ['日商簿記2級'] },
          },
        },
      ),
    ).updateTalentBankRegistrant;
    expect(registrant).toMatchObject({
      email: `${tag}@example.jp`,
      career: { qualifications: [{ label: '日商簿記2級' }] },
    });

    const closed = ok(
      await call<{
        recordTalentBankReemployment: { status: string; reemployment: { jobTitle: string } | null };
      }>(
        'consultant',
        `mutation ($input: RecordTalentBankReemploymentInput!) { recordTalentBankReemployment(input: $input) { status reemployment { jobTitle } } }`,
        {
          input: {
            registrantId: registrant.id,
            expectedVersion: registrant.version,
            reemployedOn: today,
            employerCompanyId: company,
            jobTitle: '経理事務',
            occupationCode: 'C',
            employmentType: 'PART_TIME',
            wageBand: 'FROM_150K_TO_199K',
          },
        },
      ),
    ).recordTalentBankReemployment;
    expect(closed).toEqual({ status: 'RE_EMPLOYED', reemployment: { jobTitle: '経理事務' } });
  });

  it('registers companies and offers, opens a case and takes a partner’s referral', async () => {
    const companyInput = (legalName: string) => ({
      legalName,
      corporateNumber: randomCorporateNumber(),
      jsicMajorCode: 'E',
      prefectureCode: '13',
      size: 'SME',
      employeeCount: 80,
    });
    const createCompany = `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`;
    type Created = { createCompany: { id: string } };
    const sender = ok(
      await call<Created>('consultant', createCompany, { input: companyInput(`送出${tag}株式会社`) }),
    ).createCompany.id;
    const receiver = ok(
      await call<Created>('consultant', createCompany, { input: companyInput(`受入${tag}株式会社`) }),
    ).createCompany.id;
    const sending = ok(
      await call<{ createSendingOffer: { id: string } }>(
        'consultant',
        `mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }`,
        {
          input: {
            companyId: sender,
            moveType: 'SECONDMENT',
            peopleCount: 1,
            reason: 'EMPLOYMENT_ADJUSTMENT',
            occupationCode: 'H',
            jobTitle: `組立工${tag}`,
          },
        },
      ),
    ).createSendingOffer.id;
    const receiving = ok(
      await call<{ createReceivingOffer: { id: string } }>(
        'consultant',
        `mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }`,
        {
          input: {
            companyId: receiver,
            moveTypes: ['SECONDMENT'],
            peopleWanted: 1,
            occupationCode: 'H',
            jobTitle: `検査工${tag}`,
            workplacePrefectureCode: '13',
          },
        },
      ),
    ).createReceivingOffer.id;
    const opened = ok(
      await call<{ createCase: { id: string; version: number; stage: string } }>(
        'consultant',
        `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id version stage } }`,
        { input: { sendingOfferId: sending, receivingOfferId: receiving } },
      ),
    ).createCase;
    expect(opened.stage).toBe('INFORMATION_COLLECTION');
    const advanced = ok(
      await call<{ advanceCase: { stage: string } }>(
        'consultant',
        `mutation ($input: AdvanceCaseInput!) { advanceCase(input: $input) { stage } }`,
        { input: { caseId: opened.id, expectedVersion: opened.version } },
      ),
    ).advanceCase;
    expect(advanced.stage).toBe('INTER_COMPANY_MEETING');

    const referral = ok(
      await call<{ createReferral: { id: string; version: number; status: string } }>(
        'branch',
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version status } }`,
        {
          input: {
            clientName: `株式会社埋込${tag}`,
            clientCorporateNumber: randomCorporateNumber(),
            clientJsicMajorCode: 'E',
            clientPrefectureCode: '13',
            clientSize: 'SME',
            clientEmployeeCount: 85,
            need: 'SURPLUS',
            surplusPeople: 2,
            occupations: '機械組立',
            desiredStartOn: addMonths(today, 3),
            description: '受注減少により一時的に人員が過剰。',
            consentObtainedOn: today,
            consentObtainedBy: '新宿支店 法人営業 森田',
          },
        },
      ),
    ).createReferral;
    const submitted = ok(
      await call<{ submitReferral: { status: string } }>(
        'branch',
        `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { status } }`,
        { input: { id: referral.id, expectedVersion: referral.version } },
      ),
    ).submitReferral;
    expect(submitted.status).toBe('SUBMITTED');
  });

  it('logged no error while serving them', () => {
    expect(errorLines(server.output())).toEqual([]);
  });
});
