// The access log of the talent bank: every read and export of a registrant's personal data is recorded (who, which
// fields, from where), refusals too, and the log never holds the personal data itself and cannot be changed.
import {
  accessLogOf,
  codeOf,
  dataOf,
  insertReceivingOffer,
  insertUser,
  person,
  register,
  registrantWithOpening,
  Role as UserRole,
  SAVE_OPENING,
  startKit,
  staff,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

interface AccessLogPage {
  talentBankAccessLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        operation: string;
        outcome: string;
        fields: string[];
        actorUserId: string;
        actorRole: string;
        registrantId: string;
        denialReason: string | null;
        clientIp: string | null;
      };
    }[];
  };
}

describe('the access log', () => {
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
  const fixture = () => registrantWithOpening(kit, users.tokyo, today);

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
    const ranking = await kit.gql<{
      talentBankRegistrantsForOpening: {
        items: { registrantId: string; registrant: { name: string; email: string | null } }[];
      };
    }>(
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
    await kit.gql(users.partner, `mutation ($id: ID!) { exportTalentBankRegistrant(id: $id) { filename } }`, {
      id: f.id,
    });
    const denied = (await accessLogOf(kit.dataSource, f.id)).filter((r) => r.outcome === 'DENIED');
    expect(denied.map((r) => `${r.actorUserId} ${r.action} ${r.denialReason} ${r.fields.join(',')}`)).toEqual(
      [
        `${users.admin.id} READ ROLE_NOT_ALLOWED name,phone`,
        `${users.executive.id} READ ROLE_NOT_ALLOWED name,phone`,
        `${users.partner.id} READ ROLE_NOT_ALLOWED name,phone`,
        `${users.osaka.id} READ OUTSIDE_OFFICE name,phone`,
        expect.stringMatching(new RegExp(`^${users.partner.id} EXPORT ROLE_NOT_ALLOWED `)),
      ],
    );
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
      kit.dataSource.query(`UPDATE "talent_bank_access_log" SET "fields" = '{}' WHERE "registrant_id" = $1`, [
        f.id,
      ]),
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
    const all = await kit.gql<AccessLogPage>(users.admin, LOG, { filter: { registrantId: f.id }, first: 2 });
    const page = dataOf(all).talentBankAccessLog;
    expect(page.totalCount).toBe(3);
    expect(
      page.edges.map(
        (e: { node: { fields: string[]; outcome: string } }) => `${e.node.outcome} ${e.node.fields}`,
      ),
    ).toEqual(['ALLOWED email', 'DENIED name']);
    const next = await kit.gql<AccessLogPage>(users.admin, LOG, {
      filter: { registrantId: f.id },
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(
      next.data?.['talentBankAccessLog'].edges.map((e: { node: { operation: string } }) => e.node.operation),
    ).toEqual(['Mutation.registerTalentBankRegistrant']);
    const denied = await kit.gql<AccessLogPage>(users.admin, LOG, {
      filter: { registrantId: f.id, outcome: 'DENIED' },
    });
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
