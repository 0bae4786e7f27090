// Who may do what with the talent bank, by role and office, and the access log: every read and export of a
// registrant's personal data is recorded (who, which fields, from where), refusals too, and the log never holds the
// personal data itself and cannot be changed.
import type { AuthUser } from '@kakehashi/authz';
import {
  accessLogOf,
  insertReceivingOffer,
  insertUser,
  Role as UserRole,
  person,
  register,
  registerInput,
  SAVE_OPENING,
  startKit,
  staff,
  type GqlResponse,
  type Person,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

type Role = keyof Staff;
const ROLES: Role[] = ['tokyo', 'osaka', 'hq', 'admin', 'executive', 'partner'];

const codeOf = (r: GqlResponse) => (r.errors?.[0]?.extensions['code'] as string | undefined) ?? 'OK';
const reasonOf = (r: GqlResponse) => r.errors?.[0]?.extensions['reason'] as string | undefined;

describe('access to the talent bank', () => {
  let kit: TalentBankKit;
  let users: Staff;
  let today: string;

  beforeAll(async () => {
    kit = await startKit();
    users = await staff(kit.dataSource);
    today = kit.clock.today();
  });
  afterAll(() => kit?.close());

  /** A Tokyo registrant of its own, with an opening in Tokyo. */
  async function fixture(): Promise<{
    id: string;
    version: number;
    who: Person;
    offerId: string;
    companyId: string;
  }> {
    const who = person(today);
    const registered = await register(kit, users.tokyo, who);
    const offer = await insertReceivingOffer(kit.dataSource);
    const saved = await kit.gql(users.tokyo, SAVE_OPENING, {
      input: { receivingOfferId: offer.id, workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' },
    });
    if (saved.errors) throw new Error(JSON.stringify(saved.errors));
    return { ...registered, who, offerId: offer.id, companyId: offer.companyId };
  }

  /** Every talent bank operation, called as `user` on a fresh fixture (so one that closes a registration harms none). */
  const OPERATIONS: Record<string, (user: AuthUser) => Promise<GqlResponse>> = {
    talentBankRegistrants: (u) =>
      kit.gql(u, `{ talentBankRegistrants { totalCount edges { node { id name } } } }`),
    talentBankRegistrant: async (u) => {
      const f = await fixture();
      return kit.gql(u, `query ($id: ID!) { talentBankRegistrant(id: $id) { id name } }`, { id: f.id });
    },
    talentBankOpeningsForRegistrant: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) { openingsScored } }`,
        {
          id: f.id,
        },
      );
    },
    talentBankRegistrantsForOpening: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `query ($id: ID!) { talentBankRegistrantsForOpening(receivingOfferId: $id) { items { registrant { name } } } }`,
        { id: f.offerId },
      );
    },
    registerTalentBankRegistrant: (u) =>
      kit.gql(
        u,
        `mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }`,
        {
          input: registerInput(person(today)),
        },
      ),
    updateTalentBankRegistrant: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `mutation ($input: UpdateTalentBankRegistrantInput!) { updateTalentBankRegistrant(input: $input) { id } }`,
        {
          input: { id: f.id, expectedVersion: f.version, address: '東京都港区1-1' },
        },
      );
    },
    recordTalentBankContact: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `mutation ($input: RecordTalentBankContactInput!) { recordTalentBankContact(input: $input) { id } }`,
        {
          input: { registrantId: f.id, expectedVersion: f.version, contactedOn: today },
        },
      );
    },
    withdrawTalentBankConsent: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `mutation ($input: WithdrawTalentBankConsentInput!) { withdrawTalentBankConsent(input: $input) { id } }`,
        {
          input: { registrantId: f.id, expectedVersion: f.version, withdrawnOn: today },
        },
      );
    },
    recordTalentBankReemployment: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `mutation ($input: RecordTalentBankReemploymentInput!) { recordTalentBankReemployment(input: $input) { id } }`,
        {
          input: {
            registrantId: f.id,
            expectedVersion: f.version,
            reemployedOn: today,
            employerCompanyId: f.companyId,
            jobTitle: '経理事務',
            occupationCode: 'C',
            employmentType: 'PART_TIME',
            wageBand: 'FROM_150K_TO_199K',
          },
        },
      );
    },
    exportTalentBankRegistrant: async (u) => {
      const f = await fixture();
      return kit.gql(u, `mutation ($id: ID!) { exportTalentBankRegistrant(id: $id) { filename } }`, {
        id: f.id,
      });
    },
    talentBankConsentPurposes: (u) => kit.gql(u, `{ talentBankConsentPurposes { version } }`),
    revealTalentBankContact: async (u) => {
      const f = await fixture();
      return kit.gql(u, `mutation ($id: ID!) { revealTalentBankContact(id: $id) { phone } }`, { id: f.id });
    },
    talentBankGuidance: (u) => kit.gql(u, `{ talentBankGuidance { eligibilityRule } }`),
    checkTalentBankEligibility: (u) =>
      kit.gql(
        u,
        `query ($input: TalentBankEligibilityInput!) { checkTalentBankEligibility(input: $input) { eligible } }`,
        { input: { dateOfBirth: '1960-01-01', eligibilityReason: 'MANDATORY_RETIREMENT' } },
      ),
    talentBankSupportRequests: (u) => kit.gql(u, `{ talentBankSupportRequests { totalCount } }`),
    createTalentBankSupportRequest: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `mutation ($input: CreateTalentBankSupportRequestInput!) { createTalentBankSupportRequest(input: $input) { id } }`,
        {
          input: {
            companyId: f.companyId,
            officeId: users.tokyo.officeId,
            receivedOn: today,
            contactName: '人事 花子',
            peopleCount: 3,
            expectedLeavingDates: ['2027-03-31'],
          },
        },
      );
    },
    seniorOpenings: (u) => kit.gql(u, `{ seniorOpenings { totalCount } }`),
    seniorOpening: async (u) => {
      const f = await fixture();
      return kit.gql(u, `query ($id: ID!) { seniorOpening(receivingOfferId: $id) { version } }`, {
        id: f.offerId,
      });
    },
    saveSeniorOpening: async (u) => {
      const offer = await insertReceivingOffer(kit.dataSource);
      return kit.gql(u, SAVE_OPENING, {
        input: { receivingOfferId: offer.id, workingStyle: 'FULL_TIME', physicalDemand: 'MODERATE' },
      });
    },
    removeSeniorOpening: async (u) => {
      const f = await fixture();
      return kit.gql(
        u,
        `mutation ($id: ID!) { removeSeniorOpening(receivingOfferId: $id, expectedVersion: 1) }`,
        {
          id: f.offerId,
        },
      );
    },
    talentBankOutcomes: (u) => kit.gql(u, `{ talentBankOutcomes(fiscalYear: 2026) { total } }`),
    talentBankAccessLog: (u) => kit.gql(u, `{ talentBankAccessLog(first: 1) { totalCount } }`),
  };

  const WORKERS: Role[] = ['tokyo', 'osaka', 'hq'];
  const OPENING_STAFF: Role[] = ['tokyo', 'osaka', 'hq', 'admin'];
  /** Roles allowed by @Roles; the Osaka consultant then meets the office check on the Tokyo fixture's records. */
  const ALLOWED: Record<string, Role[]> = {
    talentBankRegistrants: WORKERS,
    talentBankRegistrant: WORKERS,
    talentBankOpeningsForRegistrant: WORKERS,
    talentBankRegistrantsForOpening: WORKERS,
    registerTalentBankRegistrant: WORKERS,
    updateTalentBankRegistrant: WORKERS,
    recordTalentBankContact: WORKERS,
    withdrawTalentBankConsent: WORKERS,
    recordTalentBankReemployment: WORKERS,
    exportTalentBankRegistrant: WORKERS,
    talentBankConsentPurposes: WORKERS,
    revealTalentBankContact: WORKERS,
    talentBankGuidance: WORKERS,
    checkTalentBankEligibility: WORKERS,
    talentBankSupportRequests: WORKERS,
    createTalentBankSupportRequest: WORKERS,
    seniorOpenings: OPENING_STAFF,
    seniorOpening: OPENING_STAFF,
    saveSeniorOpening: OPENING_STAFF,
    removeSeniorOpening: OPENING_STAFF,
    talentBankOutcomes: ['hq', 'admin', 'executive'],
    talentBankAccessLog: ['admin'],
  };
  /** Operations on one Tokyo record that the Osaka consultant's office check refuses. */
  const TOKYO_RECORD: string[] = [
    'talentBankRegistrant',
    'talentBankOpeningsForRegistrant',
    'updateTalentBankRegistrant',
    'recordTalentBankContact',
    'withdrawTalentBankConsent',
    'recordTalentBankReemployment',
    'exportTalentBankRegistrant',
    'revealTalentBankContact',
    'createTalentBankSupportRequest',
    'saveSeniorOpening',
    'removeSeniorOpening',
  ];

  it('gives each role and office exactly its operations', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const [operation, call] of Object.entries(OPERATIONS)) {
      for (const role of ROLES) {
        const response = await call(users[role]);
        got.push(`${operation} ${role}: ${codeOf(response)} ${reasonOf(response) ?? ''}`.trim());
        const allowed = ALLOWED[operation].includes(role);
        want.push(
          !allowed
            ? `${operation} ${role}: FORBIDDEN ROLE_NOT_ALLOWED`
            : role === 'osaka' && TOKYO_RECORD.includes(operation)
              ? `${operation} ${role}: FORBIDDEN OUTSIDE_OFFICE`
              : `${operation} ${role}: OK`,
        );
      }
    }
    expect(got).toEqual(want);
  });

  it('serves the Osaka consultant an opening ranking of Osaka registrants only', async () => {
    const f = await fixture();
    const osakaPerson = person(today);
    const osaka = await register(kit, users.osaka, osakaPerson, { prefectureCode: '27' });
    const ranked = await kit.gql(
      users.osaka,
      `query ($id: ID!) { talentBankRegistrantsForOpening(receivingOfferId: $id, first: 50) { items { registrantId } } }`,
      { id: f.offerId },
    );
    const ids = ranked.data?.['talentBankRegistrantsForOpening'].items.map(
      (i: { registrantId: string }) => i.registrantId,
    );
    expect(ids).toContain(osaka.id);
    expect(ids).not.toContain(f.id);
  });

  describe('the access log', () => {
    it('records each read with the fields selected, the reader and the address, and nothing when no personal field is read', async () => {
      const f = await fixture();
      await kit.gql(users.hq, `query ($id: ID!) { talentBankRegistrant(id: $id) { id status } }`, {
        id: f.id,
      });
      await kit.gql(
        users.hq,
        `query ($id: ID!) { talentBankRegistrant(id: $id) { id tel: phone ...P career { strengths } } } fragment P on TalentBankRegistrant { name dateOfBirth }`,
        { id: f.id },
      );
      const rows = await accessLogOf(kit.dataSource, f.id);
      // The registration itself returned (and logged) the fields its mutation selected.
      expect(rows.map((r) => `${r.operation} ${r.outcome} ${r.fields.join(',')}`)).toEqual([
        expect.stringMatching(/^Mutation\.registerTalentBankRegistrant ALLOWED .*dateOfBirth.*name.*phone/),
        'Query.talentBankRegistrant ALLOWED career,dateOfBirth,name,phone',
      ]);
      expect(rows[1]).toMatchObject({ actorUserId: users.hq.id, action: 'READ', denialReason: null });
      expect(rows[1].clientIp).toMatch(/127\.0\.0\.1|::1/);
    });

    it('records one row per registrant a list or a ranking returned, and the export', async () => {
      // A consultant of an office no other test file uses, with a registrant and an opening there alone, so the
      // ranking returns this test's registrant whatever the other files add.
      const yamaguchi = await insertUser(kit.dataSource, UserRole.CONSULTANT, '35');
      const who = person(today);
      const f = await register(kit, yamaguchi, who, {
        prefectureCode: '35',
        wishes: { acceptablePrefectureCodes: ['35'] },
      });
      const offer = await insertReceivingOffer(kit.dataSource, { officeCode: '35', prefectureCode: '35' });
      await kit.gql(yamaguchi, SAVE_OPENING, {
        input: { receivingOfferId: offer.id, workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' },
      });
      await kit.gql(
        yamaguchi,
        `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { edges { node { kana } } } }`,
        { name: who.name },
      );
      const ranking = await kit.gql(
        yamaguchi,
        `query ($id: ID!) { talentBankRegistrantsForOpening(receivingOfferId: $id) { items { registrantId registrant { name email } } } }`,
        { id: offer.id },
      );
      // A ranking is a list: it never carries contact details (revealTalentBankContact shows them), nor logs them.
      expect(ranking.data?.['talentBankRegistrantsForOpening'].items).toEqual([
        { registrantId: f.id, registrant: { name: who.name, email: null } },
      ]);
      await kit.gql(
        yamaguchi,
        `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) { openingsScored } }`,
        { id: f.id },
      );
      await kit.gql(
        yamaguchi,
        `mutation ($id: ID!) { exportTalentBankRegistrant(id: $id) { filename contentBase64 } }`,
        { id: f.id },
      );
      const rows = await accessLogOf(kit.dataSource, f.id);
      expect(rows.slice(1).map((r) => `${r.operation} ${r.action} ${r.fields.join(',')}`)).toEqual([
        'Query.talentBankRegistrants READ kana',
        'Query.talentBankRegistrantsForOpening READ name',
        'Query.talentBankOpeningsForRegistrant READ career,wishes',
        'Mutation.exportTalentBankRegistrant EXPORT address,age,career,consent,dateOfBirth,eligibilityReason,email,gender,kana,leftJobOn,name,phone,prefecture,wishes',
      ]);
      expect(rows.every((r) => r.actorUserId === yamaguchi.id && r.outcome === 'ALLOWED')).toBe(true);
    });

    it('records refused attempts, by role and by office, with what they tried to read', async () => {
      const f = await fixture();
      const one = `query ($id: ID!) { talentBankRegistrant(id: $id) { name phone } }`;
      for (const user of [users.admin, users.executive, users.partner, users.osaka]) {
        const response = await kit.gql(user, one, { id: f.id });
        expect(codeOf(response)).toBe('FORBIDDEN');
        expect(response.data).toBeNull();
      }
      await kit.gql(
        users.partner,
        `mutation ($id: ID!) { exportTalentBankRegistrant(id: $id) { filename } }`,
        { id: f.id },
      );
      const denied = (await accessLogOf(kit.dataSource, f.id)).filter((r) => r.outcome === 'DENIED');
      expect(
        denied.map((r) => `${r.actorUserId} ${r.action} ${r.denialReason} ${r.fields.join(',')}`),
      ).toEqual([
        `${users.admin.id} READ ROLE_NOT_ALLOWED name,phone`,
        `${users.executive.id} READ ROLE_NOT_ALLOWED name,phone`,
        `${users.partner.id} READ ROLE_NOT_ALLOWED name,phone`,
        `${users.osaka.id} READ OUTSIDE_OFFICE name,phone`,
        expect.stringMatching(new RegExp(`^${users.partner.id} EXPORT ROLE_NOT_ALLOWED `)),
      ]);
    });

    it('never holds the personal data itself, not even a name typed into a search', async () => {
      const f = await fixture();
      await kit.gql(
        users.tokyo,
        `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { edges { node { name kana phone email address dateOfBirth } } } }`,
        {
          name: f.who.name,
        },
      );
      await kit.gql(
        users.osaka,
        `query ($name: String) { talentBankRegistrants(filter: { name: $name }) { totalCount } }`,
        {
          name: f.who.name,
        },
      );
      await kit.gql(users.tokyo, `mutation ($id: ID!) { exportTalentBankRegistrant(id: $id) { filename } }`, {
        id: f.id,
      });
      const rows: unknown[] = await kit.dataSource.query(
        `SELECT * FROM "talent_bank_access_log" WHERE "registrant_id" = $1 OR "actor_user_id" = ANY($2::uuid[])`,
        [f.id, [users.tokyo.id, users.osaka.id]],
      );
      expect(rows.length).toBeGreaterThan(3);
      const text = JSON.stringify(rows);
      for (const secret of [
        f.who.name,
        f.who.name.split(' ')[0],
        f.who.kana.split(' ')[0],
        f.who.phone,
        f.who.email,
        f.who.address,
        f.who.dateOfBirth,
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it('cannot be changed or deleted, by anyone', async () => {
      const f = await fixture();
      await expect(
        kit.dataSource.query(
          `UPDATE "talent_bank_access_log" SET "fields" = '{}' WHERE "registrant_id" = $1`,
          [f.id],
        ),
      ).rejects.toThrow(/append-only/);
      await expect(
        kit.dataSource.query(`DELETE FROM "talent_bank_access_log" WHERE "registrant_id" = $1`, [f.id]),
      ).rejects.toThrow(/append-only/);
      expect((await accessLogOf(kit.dataSource, f.id)).length).toBe(1);
    });

    it('is read by administrators, newest first, filtered by registrant and outcome', async () => {
      const f = await fixture();
      await kit.gql(users.executive, `query ($id: ID!) { talentBankRegistrant(id: $id) { name } }`, {
        id: f.id,
      });
      await kit.gql(users.tokyo, `query ($id: ID!) { talentBankRegistrant(id: $id) { email } }`, {
        id: f.id,
      });
      const LOG = `query ($filter: TalentBankAccessLogFilter, $first: Int, $after: String) {
        talentBankAccessLog(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { operation outcome fields actorUserId actorRole registrantId denialReason clientIp } }
        }
      }`;
      const all = await kit.gql(users.admin, LOG, { filter: { registrantId: f.id }, first: 2 });
      const page = all.data?.['talentBankAccessLog'];
      expect(page.totalCount).toBe(3);
      expect(
        page.edges.map(
          (e: { node: { fields: string[]; outcome: string } }) => `${e.node.outcome} ${e.node.fields}`,
        ),
      ).toEqual(['ALLOWED email', 'DENIED name']);
      const next = await kit.gql(users.admin, LOG, {
        filter: { registrantId: f.id },
        first: 2,
        after: page.pageInfo.endCursor,
      });
      expect(
        next.data?.['talentBankAccessLog'].edges.map(
          (e: { node: { operation: string } }) => e.node.operation,
        ),
      ).toEqual(['Mutation.registerTalentBankRegistrant']);
      const denied = await kit.gql(users.admin, LOG, { filter: { registrantId: f.id, outcome: 'DENIED' } });
      expect(denied.data?.['talentBankAccessLog'].edges).toEqual([
        {
          node: expect.objectContaining({
            actorUserId: users.executive.id,
            actorRole: 'EXECUTIVE',
            denialReason: 'ROLE_NOT_ALLOWED',
          }),
        },
      ]);
      // Administrators read the log, never a registrant.
      expect(
        codeOf(
          await kit.gql(users.admin, `query ($id: ID!) { talentBankRegistrant(id: $id) { name } }`, {
            id: f.id,
          }),
        ),
      ).toBe('FORBIDDEN');
    });
  });
});
