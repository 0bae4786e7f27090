// The statistics API over HTTP: schema, roles, the input pipe, error mapping and the office scope, through the one
// GraphQL test setup of @kakehashi/testing (the caller from the x-test-user header, @Roles enforced).
import { Role, type AuthUser } from '@kakehashi/authz';
import { codeOf, GraphqlTestClient, graphqlTestModule, reasonOf, type JsonValue } from '@kakehashi/testing';
import { type INestApplication } from '@nestjs/common';
import { insertUser, officeId, staffUser, startStatisticsKit, type StatisticsKit } from './statistics-kit';

const MONTHLY = `query ($fiscalYear: Int!, $moveType: MoveType, $officeId: ID, $region: String) {
  monthlyStatistics(fiscalYear: $fiscalYear, moveType: $moveType, officeId: $officeId, region: $region) {
    fiscalYear label eraLabel liveFrom moveType
    scope { kind label officeCode }
    months { yearMonth label eraLabel source preliminary closed receiving sending established
             establishedSecondment establishedTransfer establishedTotal unavailableReason note
             previousYear { yearMonth established } }
    total { monthsCovered establishedSecondment receiving sending preliminary notes }
  }
}`;

/** What MONTHLY selects (the fields the assertions read). */
interface MonthlyData {
  monthlyStatistics: {
    fiscalYear: number;
    label: string;
    eraLabel: string;
    liveFrom: string;
    moveType: string | null;
    scope: { kind: string; label: string; officeCode: string | null };
    months: { [field: string]: JsonValue }[];
    total: { [field: string]: JsonValue };
  };
}

interface FieldErrors {
  fields?: { field: string; message: string }[];
}

interface RebuildJob {
  state: string;
  progress: number;
  result: string | null;
}

describe('statistics GraphQL API', () => {
  let kit: StatisticsKit;
  let app: INestApplication;
  let client: GraphqlTestClient;

  beforeAll(async () => {
    kit = await startStatisticsKit({
      settings: { liveFrom: '2023-02', currentMonth: '2023-01' },
      // The application below boots the module a second time: BullMQ would start a second set of workers.
      inProcessJobs: true,
      ...graphqlTestModule(),
    });
    app = kit.module.createNestApplication({ logger: false });
    await app.init();
    client = new GraphqlTestClient(app);
  });
  afterAll(async () => {
    // Closes the testing module too (the kit's module is the application's).
    await app?.close();
  });

  const gql = <Data = { [key: string]: JsonValue }>(
    user: AuthUser,
    query: string,
    variables?: Record<string, unknown>,
  ) => client.gql<Data>(user, query, variables);
  const fieldsOf = (response: { errors?: { extensions: FieldErrors }[] }) =>
    response.errors![0].extensions.fields!;

  it('answers an executive with the published months, marked preliminary and sourced', async () => {
    const { data, errors } = await gql<MonthlyData>(staffUser(Role.EXECUTIVE), MONTHLY, {
      fiscalYear: 2022,
      moveType: 'SECONDMENT',
    });
    expect(errors).toBeUndefined();
    const result = data!.monthlyStatistics;
    expect(result).toMatchObject({
      fiscalYear: 2022,
      label: '2022年度',
      eraLabel: '令和4年度',
      liveFrom: '2023-02',
    });
    expect(result.months[0]).toMatchObject({
      yearMonth: '2022-04',
      eraLabel: '令和4年4月',
      source: 'PUBLISHED',
      preliminary: true,
      established: 388,
      receiving: 624,
      sending: 339,
      previousYear: { yearMonth: '2021-04', established: 475 },
    });
    expect(result.months[10]).toMatchObject({
      source: 'LIVE',
      unavailableReason: 'NOT_YET',
      established: null,
    });
    expect(result.total).toMatchObject({
      monthsCovered: 10,
      establishedSecondment: 2413,
      receiving: 9625,
      sending: 2489,
    });
  });

  it('lets a consultant read their own office and refuses another with FORBIDDEN', async () => {
    const aichi = await officeId(kit.dataSource, '23');
    const consultant = staffUser(Role.CONSULTANT, aichi);
    const own = await gql<MonthlyData>(consultant, MONTHLY, { fiscalYear: 2023 });
    expect(own.errors).toBeUndefined();
    expect(own.data!.monthlyStatistics.scope).toEqual({
      kind: 'OFFICE',
      label: '愛知事務所',
      officeCode: '23',
    });
    const other = await gql(consultant, MONTHLY, {
      fiscalYear: 2023,
      officeId: await officeId(kit.dataSource, '13'),
    });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(reasonOf(other)).toBe('OUTSIDE_OFFICE_SCOPE');
    expect(other.data).toBeNull();
    const region = await gql(consultant, MONTHLY, { fiscalYear: 2023, region: '中部' });
    expect(codeOf(region)).toBe('FORBIDDEN');
  });

  it('refuses partners, and closing to anyone but headquarters coordinators', async () => {
    for (const role of [Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      expect(codeOf(await gql(staffUser(role), MONTHLY, { fiscalYear: 2022 }))).toBe('FORBIDDEN');
    }
    const close = `mutation { closeStatisticsMonth(yearMonth: "2022-12") { yearMonth } }`;
    for (const role of [Role.EXECUTIVE, Role.ADMIN, Role.CONSULTANT]) {
      expect(codeOf(await gql(staffUser(role, null), close))).toBe('FORBIDDEN');
    }
    const hq = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const published = await gql(hq, close);
    expect(codeOf(published)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(published)[0]).toMatchObject({ field: 'yearMonth' });
  });

  it('reports bad arguments as field errors in Japanese', async () => {
    const executive = staffUser(Role.EXECUTIVE);
    const badYear = await gql(executive, MONTHLY, { fiscalYear: 1 });
    expect(codeOf(badYear)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badYear)).toEqual([
      { field: 'fiscalYear', message: expect.stringMatching(/^年度は1987〜2100の西暦/) },
    ]);
    const flows = await gql(
      executive,
      `query { industryFlows(from: "2022-13", to: "FY2022") { totalPeople } }`,
    );
    expect(fieldsOf(flows)).toEqual([
      { field: 'from', message: expect.stringMatching(/月\(例: 2022-04\)または年度/) },
    ]);
    const both = await gql(executive, MONTHLY, {
      fiscalYear: 2022,
      officeId: await officeId(kit.dataSource, '13'),
      region: '関東',
    });
    expect(fieldsOf(both)[0].field).toBe('region');
  });

  it('gives the published industry flows and annual results through the schema', async () => {
    const { data, errors } = await gql<{
      industryFlows: {
        source: string;
        crossIndustryShare: number | null;
        totalPeople: number;
        topSendingIndustries: { rank: number; jsicCode: string; industryJa: string; people: number }[];
      };
      annualStatistics: { years: { [field: string]: JsonValue }[] };
    }>(
      staffUser(Role.HQ_COORDINATOR),
      `query {
        industryFlows(from: "2022-04", to: "2023-01", moveType: SECONDMENT) {
          source crossIndustryShare totalPeople topSendingIndustries { rank jsicCode industryJa people }
        }
        annualStatistics(fromFiscalYear: 2020, toFiscalYear: 2021) {
          years { fiscalYear eraLabel establishedSecondment establishedTransfer establishedTotal receiving sending }
        }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.industryFlows).toMatchObject({
      source: 'PUBLISHED',
      crossIndustryShare: 59.2,
      totalPeople: 2413,
    });
    expect(data!.industryFlows.topSendingIndustries[0]).toEqual({
      rank: 1,
      jsicCode: 'E',
      industryJa: '製造業',
      people: 1078,
    });
    expect(data!.annualStatistics.years).toEqual([
      {
        fiscalYear: 2020,
        eraLabel: '令和2年度',
        establishedSecondment: 3061,
        establishedTransfer: 8109,
        establishedTotal: 11170,
        receiving: 106727,
        sending: 19489,
      },
      {
        fiscalYear: 2021,
        eraLabel: '令和3年度',
        establishedSecondment: 5611,
        establishedTransfer: 8349,
        establishedTotal: 13960,
        receiving: 140403,
        sending: 19454,
      },
    ]);
  });

  it('lets an administrator queue a rebuild and follow it', async () => {
    const admin = staffUser(Role.ADMIN);
    const queued = await gql<{ rebuildStatistics: { id: string } }>(
      admin,
      `mutation { rebuildStatistics { id state progress } }`,
    );
    expect(queued.errors).toBeUndefined();
    const id = queued.data!.rebuildStatistics.id;
    let job: RebuildJob | null = null;
    for (let i = 0; i < 200; i += 1) {
      job = (
        await gql<{ statisticsRebuild: RebuildJob | null }>(
          admin,
          `query ($id: ID!) { statisticsRebuild(id: $id) { state progress result } }`,
          { id },
        )
      ).data!.statisticsRebuild;
      if (job?.state === 'COMPLETED' || job?.state === 'FAILED') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(job).toMatchObject({ state: 'COMPLETED', progress: 100 });
    expect(JSON.parse(job?.result ?? 'null')).toMatchObject({ months: expect.any(Number) });
    expect(codeOf(await gql(staffUser(Role.EXECUTIVE), `mutation { rebuildStatistics { id } }`))).toBe(
      'FORBIDDEN',
    );
  });
});
