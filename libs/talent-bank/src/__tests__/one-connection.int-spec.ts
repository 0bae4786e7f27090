// The embedded default (PGlite) serves ONE database connection. A mutation that reads through the DataSource while
// its own transaction holds that connection waits for a second one and fails after 10 s with a generic error; pinned
// to one connection here, whatever TEST_DATABASE_POOL_SIZE the run uses.
import {
  insertCompany,
  person,
  register,
  startKit,
  staff,
  dataOf,
  type GqlResponse,
  type Staff,
  type TalentBankKit,
} from './talent-bank-kit';

describe('the Career Talent Bank on one database connection, as on the embedded default', () => {
  let kit: TalentBankKit;
  let users: Staff;

  beforeAll(async () => {
    kit = await startKit({ poolSize: 1 });
    users = await staff(kit.dataSource);
  });
  afterAll(() => kit?.close());

  const ok = <Data, Field extends keyof Data>(response: GqlResponse<Data>, field: Field): Data[Field] => {
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return dataOf(response)[field];
  };

  it('records a contact, edits the registration and records the re-employment', async () => {
    const today = kit.clock.today();
    const registered = await register(kit, users.tokyo, person(today));
    const contacted = ok(
      await kit.gql<{ recordTalentBankContact: { version: number; lastContactedOn: string } }>(
        users.tokyo,
        `mutation ($input: RecordTalentBankContactInput!) { recordTalentBankContact(input: $input) { version lastContactedOn } }`,
        { input: { registrantId: registered.id, expectedVersion: registered.version, contactedOn: today } },
      ),
      'recordTalentBankContact',
    );
    expect(contacted).toEqual({ version: registered.version + 1, lastContactedOn: today });

    const updated = ok(
      await kit.gql<{
        updateTalentBankRegistrant: { version: number; email: string; wishes: { monthlyWage: number } };
      }>(
        users.tokyo,
        `mutation ($input: UpdateTalentBankRegistrantInput!) { updateTalentBankRegistrant(input: $input) { version email wishes { monthlyWage } } }`,
        {
          input: {
            id: registered.id,
            expectedVersion: contacted.version,
            email: 'new@example.jp',
            wishes: { monthlyWage: 200000 },
          },
        },
      ),
      'updateTalentBankRegistrant',
    );
    expect(updated).toEqual({
      version: contacted.version + 1,
      email: 'new@example.jp',
      wishes: { monthlyWage: 200000 },
    });

    const reemployed = ok(
      await kit.gql<{ recordTalentBankReemployment: { status: string } }>(
        users.tokyo,
        `mutation ($input: RecordTalentBankReemploymentInput!) { recordTalentBankReemployment(input: $input) { status } }`,
        {
          input: {
            registrantId: registered.id,
            expectedVersion: updated.version,
            reemployedOn: today,
            employerCompanyId: await insertCompany(kit.dataSource),
            jobTitle: '経理事務',
            occupationCode: 'C',
            employmentType: 'PART_TIME',
            wageBand: 'FROM_150K_TO_199K',
          },
        },
      ),
      'recordTalentBankReemployment',
    );
    expect(reemployed).toEqual({ status: 'RE_EMPLOYED' });
  });

  it('closes a registration whose consent is withdrawn', async () => {
    const today = kit.clock.today();
    const registered = await register(kit, users.tokyo, person(today));
    const withdrawn = ok(
      await kit.gql<{ withdrawTalentBankConsent: { status: string; closedOn: string } }>(
        users.tokyo,
        `mutation ($input: WithdrawTalentBankConsentInput!) { withdrawTalentBankConsent(input: $input) { status closedOn } }`,
        { input: { registrantId: registered.id, expectedVersion: registered.version, withdrawnOn: today } },
      ),
      'withdrawTalentBankConsent',
    );
    expect(withdrawn).toEqual({ status: 'WITHDRAWN', closedOn: today });
  });
});
