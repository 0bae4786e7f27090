// The Career Talent Bank over HTTP with the demo accounts: a Tokyo consultant runs the whole path (a company's support
// request, a registration refused and accepted on eligibility, a senior opening, matching both ways, a Job Card
// export, a re-employment), other roles and offices are refused and logged, the executive sees the figures, the
// administrator the access log, and the database holds the contact details only sealed.
import { ok } from '@kakehashi/testing';
import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { fiscalYearOf } from '@kakehashi/talent-bank';
import { uniqueTag } from '@kakehashi/testing';
import { readSheet } from 'read-excel-file/node';
import { DataSource } from 'typeorm';
import { errorCode, graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

interface Outcomes {
  total: number;
  byMonth: { month: string; count: number }[];
  byOccupation: { occupationCode: string; count: number }[];
}
interface AccessLogEntry {
  operation: string;
  action: string;
  outcome: string;
  fields: string[];
  denialReason: string | null;
  actorRole: string;
  clientIp: string | null;
}

const REGISTER = `mutation ($input: RegisterTalentBankRegistrantInput!) {
  registerTalentBankRegistrant(input: $input) { id version status age office { code } supportRequestId }
}`;

describe('the Career Talent Bank over HTTP', () => {
  let api: RunningApi;
  const token: Record<string, string> = {};
  const tag = uniqueTag(6);
  const today = todayInJapan();
  const person = {
    name: `人材${tag} 一郎`,
    kana: 'ジンザイ イチロウ',
    phone: `090-${String(Date.now()).slice(-8, -4)}-${String(Date.now()).slice(-4)}`,
    email: `${tag}@example.jp`,
    address: `東京都新宿区試験${tag}1-2-3`,
    dateOfBirth: addDays(addMonths(today, -12 * 63), -40),
  };

  beforeAll(async () => {
    api = await startTestApi();
    for (const [role, email] of Object.entries({
      consultant: 'consultant@kakehashi.example',
      osaka: 'consultant.osaka@kakehashi.example',
      hq: 'hq@kakehashi.example',
      executive: 'executive@kakehashi.example',
      admin: 'admin@kakehashi.example',
      partner: 'partner.hq@kakehashi.example',
    })) {
      token[role] = await login(api.url, email, DEMO_PASSWORD);
    }
  });
  afterAll(async () => {
    await api?.stop();
  });

  const call = <T = unknown>(role: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(api.url, query, variables, token[role]);

  it('runs the whole path for a consultant, with every protection holding', async () => {
    // A demo company of the Tokyo office asks the Center to support its retiring employees.
    const company = ok(
      await call<{ companies: { edges: { node: { id: string } }[] } }>(
        'consultant',
        `{ companies(filter: { corporateNumber: "7991301103014" }) { edges { node { id } } } }`,
      ),
    ).companies.edges[0].node.id;
    const purposes = ok(
      await call<{ talentBankConsentPurposes: { version: string; purposeText: string }[] }>(
        'consultant',
        `{ talentBankConsentPurposes { version purposeText } }`,
      ),
    );
    const purposeVersion = purposes.talentBankConsentPurposes[0].version;
    expect(purposes.talentBankConsentPurposes[0].purposeText).toMatch(/本籍/);
    const request = ok(
      await call<{
        createTalentBankSupportRequest: {
          id: string;
          office: { code: string };
          expectedLeavingDates: string[];
        };
      }>(
        'consultant',
        `mutation ($input: CreateTalentBankSupportRequestInput!) { createTalentBankSupportRequest(input: $input) { id office { code } expectedLeavingDates } }`,
        {
          input: {
            companyId: company,
            receivedOn: today,
            contactName: '人事 花子',
            contactEmail: 'hr@example.jp',
            peopleCount: 2,
            expectedLeavingDates: ['2027-03-31', '2027-03-31', '2027-01-31'],
          },
        },
      ),
    ).createTalentBankSupportRequest;
    expect(request).toMatchObject({
      office: { code: '13' },
      expectedLeavingDates: ['2027-01-31', '2027-03-31'],
    });

    const input = {
      ...person,
      supportRequestId: request.id,
      prefectureCode: '13',
      eligibilityReason: 'MANDATORY_RETIREMENT',
      leftJobOn: addDays(today, 60),
      consent: { givenOn: today, purposeVersion, method: 'WRITTEN' },
      career: {
        workHistory: [
          { from: '1986-04', company: '試験小売株式会社', duties: '店舗の経理と決算', position: '経理課長' },
        ],
        qualifications: ['日商簿記2級'],
      },
      wishes: {
        occupationCodes: ['C'],
        workingStyle: 'PART_TIME',
        daysPerWeek: 4,
        hoursPerDay: 6,
        monthlyWage: 170000,
        acceptablePrefectureCodes: ['13'],
        maxPhysicalDemand: 'LIGHT',
      },
    };
    // 59 years and 364 days on the registration day: refused, with the reason.
    const tooYoung = await call('consultant', REGISTER, {
      input: { ...input, dateOfBirth: addMonths(addDays(today, 1), -12 * 60) },
    });
    expect(errorCode(tooYoung)).toBe('BAD_USER_INPUT');
    expect(tooYoung.errors?.[0].extensions?.reason).toBe('NOT_ELIGIBLE');
    expect(tooYoung.errors?.[0].extensions?.fields?.[0].message).toMatch(/時点で59歳のため登録できません/);

    const registered = ok(
      await call<{
        registerTalentBankRegistrant: {
          id: string;
          version: number;
          status: string;
          age: number;
          office: { code: string };
          supportRequestId: string | null;
        };
      }>('consultant', REGISTER, { input }),
    ).registerTalentBankRegistrant;
    expect(registered).toMatchObject({
      status: 'ACTIVE',
      age: 63,
      office: { code: '13' },
      supportRequestId: request.id,
    });
    const id = registered.id;

    // At rest the contact details and the date of birth are sealed; the name is plain for search.
    const [raw] = await api.app
      .get(DataSource)
      .query<Record<string, unknown>[]>(`SELECT * FROM "talent_bank_registrants" WHERE "id" = $1`, [id]);
    const rawText = JSON.stringify(raw);
    for (const secret of [person.phone, person.email, person.address, person.dateOfBirth])
      expect(rawText).not.toContain(secret);
    expect(raw.name).toBe(person.name);

    // A senior opening of the same company's office, and the matching both ways.
    const offer = ok(
      await call<{ createReceivingOffer: { id: string } }>(
        'consultant',
        `mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }`,
        {
          input: {
            companyId: company,
            receivedOn: today,
            moveTypes: ['TRANSFER'],
            peopleWanted: 1,
            occupationCode: 'C',
            jobTitle: `経理事務（シニア歓迎）${tag}`,
            requiredSkills: ['簿記2級'],
            workplacePrefectureCode: '13',
          },
        },
      ),
    ).createReceivingOffer.id;
    ok(
      await call(
        'consultant',
        `mutation ($input: SeniorOpeningInput!) { saveSeniorOpening(input: $input) { version } }`,
        {
          input: {
            receivingOfferId: offer,
            workingStyle: 'PART_TIME',
            daysPerWeek: 4,
            hoursPerDay: 6,
            physicalDemand: 'LIGHT',
            wageMin: 160000,
            wageMax: 190000,
          },
        },
      ),
    );
    const openings = ok(
      await call<{
        talentBankOpeningsForRegistrant: {
          items: {
            rank: number;
            receivingOfferId: string;
            score: number;
            reasons: string[];
            gaps: string[];
            opening: { receivingOffer: { jobTitle: string } };
          }[];
        };
      }>(
        'consultant',
        `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) { items { rank receivingOfferId score reasons gaps opening { receivingOffer { jobTitle } } } } }`,
        { id },
      ),
    ).talentBankOpeningsForRegistrant.items;
    expect(openings[0]).toMatchObject({ rank: 1, receivingOfferId: offer });
    expect(openings[0].reasons).toEqual(
      expect.arrayContaining(['必須資格・スキル「日商簿記2級」を保有', '希望職種に合う（事務従事者）']),
    );
    const candidates = ok(
      await call<{
        talentBankRegistrantsForOpening: { items: { registrantId: string; registrant: { name: string } }[] };
      }>(
        'hq',
        `query ($id: ID!) { talentBankRegistrantsForOpening(receivingOfferId: $id, first: 50) { items { registrantId registrant { name } } } }`,
        { id: offer },
      ),
    ).talentBankRegistrantsForOpening.items;
    expect(candidates.map((c) => c.registrantId)).toContain(id);

    // The Job Card export opens in Excel with the person's record.
    const exported = ok(
      await call<{
        exportTalentBankRegistrant: { filename: string; contentType: string; contentBase64: string };
      }>(
        'consultant',
        `mutation ($id: ID!) { exportTalentBankRegistrant(id: $id) { filename contentType contentBase64 } }`,
        { id },
      ),
    ).exportTalentBankRegistrant;
    expect(exported.filename).not.toContain(person.name);
    const sheet = await readSheet(Buffer.from(exported.contentBase64, 'base64'), 1);
    expect(sheet).toEqual(
      expect.arrayContaining([
        ['氏名', person.name],
        ['電話番号', person.phone],
      ]),
    );

    // Refused: another office's consultant, the executive, a partner.
    const one = `query ($id: ID!) { talentBankRegistrant(id: $id) { name phone } }`;
    const osaka = await call('osaka', one, { id });
    expect([errorCode(osaka), osaka.errors?.[0].extensions?.reason]).toEqual(['FORBIDDEN', 'OUTSIDE_OFFICE']);
    expect(osaka.errors?.[0].message).toMatch(/東京事務所の担当です/);
    for (const role of ['executive', 'partner', 'admin']) {
      const refused = await call(role, one, { id });
      expect([role, errorCode(refused), refused.errors?.[0].extensions?.reason]).toEqual([
        role,
        'FORBIDDEN',
        'ROLE_NOT_ALLOWED',
      ]);
    }

    // Re-employed through the opening: the registration closes and the figures count it.
    const fy = fiscalYearOf(today);
    const outcomes = `query ($fy: Int!) { talentBankOutcomes(fiscalYear: $fy) { total byMonth { month count } byOccupation { occupationCode count } } }`;
    const before = ok(
      await call<{ talentBankOutcomes: Outcomes }>('executive', outcomes, { fy }),
    ).talentBankOutcomes;
    const closed = ok(
      await call<{
        recordTalentBankReemployment: { status: string; reemployment: { occupationCode: string } | null };
      }>(
        'consultant',
        `mutation ($input: RecordTalentBankReemploymentInput!) { recordTalentBankReemployment(input: $input) { status reemployment { occupationCode } } }`,
        {
          input: {
            registrantId: id,
            expectedVersion: registered.version,
            reemployedOn: today,
            employerCompanyId: company,
            receivingOfferId: offer,
            jobTitle: '経理事務',
            occupationCode: 'C',
            employmentType: 'PART_TIME',
            wageBand: 'FROM_150K_TO_199K',
          },
        },
      ),
    ).recordTalentBankReemployment;
    expect(closed).toEqual({ status: 'RE_EMPLOYED', reemployment: { occupationCode: 'C' } });
    const after = ok(
      await call<{ talentBankOutcomes: Outcomes }>('executive', outcomes, { fy }),
    ).talentBankOutcomes;
    expect(after.total).toBe(before.total + 1);
    const clerical = (o: Outcomes) => o.byOccupation.find((x) => x.occupationCode === 'C')?.count ?? 0;
    expect(clerical(after)).toBe(clerical(before) + 1);

    // The administrator reads who touched the record, refusals included, never the data itself.
    const log = ok(
      await call<{ talentBankAccessLog: { edges: { node: AccessLogEntry }[] } }>(
        'admin',
        `query ($id: ID!) { talentBankAccessLog(filter: { registrantId: $id }, first: 100) { edges { node { operation action outcome fields denialReason actorRole clientIp } } } }`,
        { id },
      ),
    ).talentBankAccessLog.edges.map((e) => e.node);
    expect(
      log
        .filter((e) => e.outcome === 'DENIED')
        .map((e) => `${e.actorRole} ${e.denialReason}`)
        .sort(),
    ).toEqual([
      'ADMIN ROLE_NOT_ALLOWED',
      'CONSULTANT OUTSIDE_OFFICE',
      'EXECUTIVE ROLE_NOT_ALLOWED',
      'PARTNER_HQ ROLE_NOT_ALLOWED',
    ]);
    expect(log.some((e) => e.action === 'EXPORT' && e.outcome === 'ALLOWED')).toBe(true);
    expect(log.every((e) => e.clientIp)).toBe(true);
    const logText = JSON.stringify(log);
    for (const secret of [person.name, person.phone, person.email, person.address, person.dateOfBirth]) {
      expect(logText).not.toContain(secret);
    }
  });

  it.each([
    ['consultant', true, false],
    ['osaka', true, false],
    ['hq', true, true],
    ['executive', false, false],
    ['admin', false, false],
    ['partner', false, false],
  ])(
    'shows %s the talent bank menu (me.worksTalentBank = %s, any office %s) exactly as the API serves its registrants',
    async (role, works, anyOffice) => {
      const me = ok(
        await call<{ me: { worksTalentBank: boolean; worksTalentBankOfAnyOffice: boolean } }>(
          role,
          '{ me { worksTalentBank worksTalentBankOfAnyOffice } }',
        ),
      );
      expect(me.me).toEqual({ worksTalentBank: works, worksTalentBankOfAnyOffice: anyOffice });
      const list = await call(role, '{ talentBankRegistrants(first: 1) { totalCount } }');
      expect(errorCode(list)).toBe(works ? undefined : 'FORBIDDEN');
      // Another office's registrants: headquarters read them, a consultant is refused by office.
      const osakaOffice = ok(await call<{ office: { id: string } }>('hq', '{ office(code: "27") { id } }'))
        .office.id;
      const other = await call(
        role,
        'query ($office: ID) { talentBankRegistrants(first: 1, filter: { officeId: $office }) { totalCount } }',
        {
          office: role === 'osaka' ? undefined : osakaOffice,
        },
      );
      expect(errorCode(other)).toBe(anyOffice || role === 'osaka' ? undefined : 'FORBIDDEN');
    },
  );
});
