// Who may do what with the talent bank, by role and office, and the access log: every read and export of a
// registrant's personal data is recorded (who, which fields, from where), refusals too, and the log never holds the
// personal data itself and cannot be changed.
import type { AuthUser } from '@kakehashi/authz';
import {
  codeOf,
  person,
  reasonOf,
  register,
  registerInput,
  registrantWithOpening,
  insertReceivingOffer,
  SAVE_OPENING,
  startKit,
  staff,
  type GqlResponse,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

type Role = keyof Staff;
const ROLES: Role[] = ['tokyo', 'osaka', 'hq', 'admin', 'executive', 'partner'];

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
  const fixture = () => registrantWithOpening(kit, users.tokyo, today);

  /** Every talent bank operation, called as `user` on a fresh fixture (so one that closes a registration harms none). */
  const OPERATIONS: Record<string, (user: AuthUser) => Promise<GqlResponse<unknown>>> = {
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
        got.push(`${operation} ${role}: ${codeOf(response) ?? 'OK'} ${reasonOf(response) ?? ''}`.trim());
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
    const ranked = await kit.gql<{ talentBankRegistrantsForOpening: { items: { registrantId: string }[] } }>(
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
});
