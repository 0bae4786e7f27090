// The organisations API over HTTP: schema, roles, input pipe, error mapping and batched relations, with the one
// GraphQL test setup of @kakehashi/testing (authentication belongs to @kakehashi/identity, which depends on this
// library, so the caller comes from a test header).
import { Role } from '@kakehashi/authz';
import { codeOf, GraphqlTestClient, graphqlTestModule } from '@kakehashi/testing';
import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rebuildCompanySearchKeysJobId } from '../companies/jobs/company-maintenance.resolver';
import {
  companyInput,
  officeId,
  organisationsTestingModule,
  QueryCounter,
  randomCorporateNumber,
  staffUser,
  uniqueTag,
} from './test-kit';

interface Named {
  code: string;
  nameJa: string;
}
interface ReferenceLists {
  offices: {
    code: string;
    kind: string;
    nameJa: string;
    prefecture: { code: string; regionJa: string } | null;
  }[];
  prefectures: { code: string }[];
  jsicMajorGroups: { code: string }[];
}
interface CreatedCompany {
  createCompany: { id: string; legalName: string; version: number };
}
interface UpdatedCompany {
  updateCompany: { id: string; version: number; notes: string | null };
}
interface CompanyPage {
  companies: {
    totalCount: number;
    edges: { cursor: string; node: { legalName: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface CompanyRelationsPage {
  companies: { edges: { node: { owningOffice: { code: string } } }[] };
}
interface MaintenanceJob {
  id: string;
  name: string;
  state: string;
  progress: number;
}

describe('organisations GraphQL API', () => {
  let app: INestApplication;
  let client: GraphqlTestClient;
  let dataSource: DataSource;
  const counter = new QueryCounter();
  let tokyo: string;
  let osaka: string;

  beforeAll(async () => {
    const moduleRef = await organisationsTestingModule({
      // Its own queue prefix: nothing in this file runs jobs, and no other test file's worker should take them.
      prefix: `${process.env['REDIS_PREFIX']}:graphql`,
      logger: counter,
      ...graphqlTestModule(),
    });
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    client = new GraphqlTestClient(app);
    dataSource = app.get(DataSource);
    tokyo = await officeId(dataSource, '13');
    osaka = await officeId(dataSource, '27');
  });
  afterAll(() => app.close());

  const COMPANY_FIELDS = `id legalName legalNameKana corporateNumber jsicMajorCode jsicMiddleCode prefectureCode address size
    employeeCount contactName contactPhone contactEmail notes version owningOffice { code nameJa }
    prefecture { code nameJa } jsicMajorGroup { code nameJa }`;
  const CREATE = `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { ${COMPANY_FIELDS} } }`;
  const UPDATE = `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { id version notes } }`;

  const admin = staffUser(Role.ADMIN);
  const hq = () => staffUser(Role.HQ_COORDINATOR);

  it('opens the reference lists to every Center role, and to partners the two their referral form needs', async () => {
    const query = `{ offices { code kind nameJa prefecture { code regionJa } } prefectures { code } jsicMajorGroups { code } }`;
    for (const role of [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT, Role.EXECUTIVE]) {
      const { data, errors } = await client.gql<ReferenceLists>(staffUser(role, tokyo), query);
      expect({ role, errors }).toEqual({ role, errors: undefined });
      expect(data?.offices).toHaveLength(48);
      expect(data?.offices[0]).toEqual({
        code: 'HQ',
        kind: 'HEADQUARTERS',
        nameJa: '本部',
        prefecture: null,
      });
      expect(data?.offices[13]).toMatchObject({
        code: '13',
        prefecture: { code: '13', regionJa: '関東' },
      });
    }
    for (const role of [Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      expect(codeOf(await client.gql(staffUser(role), '{ offices { code } }'))).toBe('FORBIDDEN');
      // The client's prefecture and industry are required fields of a referral: the form lists them.
      const form = await client.gql<{ prefectures: Named[]; jsicMajorGroups: Named[] }>(
        staffUser(role),
        '{ prefectures { code nameJa } jsicMajorGroups { code nameJa } }',
      );
      expect({ role, errors: form.errors }).toEqual({ role, errors: undefined });
      expect(form.data?.prefectures).toHaveLength(47);
      expect(form.data?.prefectures[12]).toEqual({ code: '13', nameJa: '東京都' });
      expect(form.data?.jsicMajorGroups).toHaveLength(20);
      expect(form.data?.jsicMajorGroups[0]).toMatchObject({ code: 'A' });
    }
    expect(
      (
        await client.gql<{ office: { nameJa: string; nameEn: string } | null }>(
          staffUser(Role.EXECUTIVE),
          `{ office(code: "27") { nameJa nameEn } }`,
        )
      ).data?.office,
    ).toEqual({
      nameJa: '大阪事務所',
      nameEn: 'Osaka Office',
    });
  });

  it('keeps companies from executives and partners', async () => {
    for (const role of [Role.EXECUTIVE, Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      const user = staffUser(role);
      expect(codeOf(await client.gql(user, '{ companies { totalCount } }'))).toBe('FORBIDDEN');
      expect(codeOf(await client.gql(user, CREATE, { input: companyInput({ owningOfficeId: tokyo }) }))).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('registers a company with every field a consultant sends, owned by their office, with its relations', async () => {
    const input = {
      legalName: `株式会社${uniqueTag()}電機`,
      legalNameKana: 'でんき',
      corporateNumber: randomCorporateNumber(),
      jsicMajorCode: 'E',
      jsicMiddleCode: '29',
      prefectureCode: '27',
      address: '大阪府大阪市北区梅田1丁目1番1号',
      size: 'LARGE',
      employeeCount: 300,
      contactName: '中村 直樹',
      contactPhone: '06-0000-0000',
      contactEmail: 'nakamura@denki.example',
      notes: '技能者の受入を検討中',
    };
    const { data, errors } = await client.gql<CreatedCompany>(staffUser(Role.CONSULTANT, osaka), CREATE, {
      input,
    });
    expect(errors).toBeUndefined();
    expect(data?.createCompany).toMatchObject({
      ...input,
      legalNameKana: 'デンキ',
      version: 1,
      owningOffice: { code: '27', nameJa: '大阪事務所' },
      prefecture: { code: '27', nameJa: '大阪府' },
      jsicMajorGroup: { code: 'E', nameJa: '製造業' },
    });
  });

  it('shows the module’s refusals with their API codes, Japanese messages and details', async () => {
    const number = randomCorporateNumber();
    const created = await client.gql<CreatedCompany>(hq(), CREATE, {
      input: companyInput({ corporateNumber: number, owningOfficeId: tokyo }),
    });
    const company = created.data!.createCompany;

    const duplicate = await client.gql(hq(), CREATE, {
      input: companyInput({ corporateNumber: number, owningOfficeId: osaka }),
    });
    expect(duplicate.errors?.[0]).toMatchObject({
      message: `法人番号 ${number} は既に登録されています(${company.legalName}、東京事務所)。`,
      extensions: { code: 'CONFLICT', reason: 'CORPORATE_NUMBER_TAKEN', existingCompanyId: company.id },
    });

    const invalid = await client.gql(hq(), CREATE, {
      input: companyInput({ corporateNumber: '123', owningOfficeId: tokyo }),
    });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.corporateNumber', message: '法人番号は13桁の数字で入力してください' }],
    });

    const outside = await client.gql(staffUser(Role.CONSULTANT, osaka), UPDATE, {
      input: { id: company.id, expectedVersion: 1, notes: 'x' },
    });
    expect(outside.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'OUTSIDE_OFFICE_SCOPE' },
    });
    expect(outside.errors?.[0].message).toContain('東京事務所');

    expect(
      (
        await client.gql<UpdatedCompany>(hq(), UPDATE, {
          input: { id: company.id, expectedVersion: 1, notes: '一' },
        })
      ).data?.updateCompany,
    ).toMatchObject({
      version: 2,
      notes: '一',
    });
    const stale = await client.gql(hq(), UPDATE, {
      input: { id: company.id, expectedVersion: 1, notes: '二' },
    });
    expect(stale.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 },
    });

    const missing = await client.gql(hq(), UPDATE, { input: { id: 'nope', expectedVersion: 1 } });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(
      (
        await client.gql<{ company: { id: string } | null }>(
          hq(),
          `query ($id: ID!) { company(id: $id) { id } }`,
          {
            id: company.id,
          },
        )
      ).data?.company,
    ).toEqual({
      id: company.id,
    });
  });

  it('pages through companies with cursors and refuses a malformed filter', async () => {
    const tag = uniqueTag();
    for (let i = 0; i < 3; i++)
      await client.gql(hq(), CREATE, {
        input: companyInput({ legalName: `${tag}${i}株式会社`, owningOfficeId: tokyo }),
      });
    const page = `query ($after: String) { companies(first: 2, after: $after, filter: { query: "${tag}" }) {
      totalCount edges { cursor node { legalName } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await client.gql<CompanyPage>(hq(), page)).data!.companies;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await client.gql<CompanyPage>(hq(), page, { after: first.pageInfo.endCursor })).data!
      .companies;
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect([...first.edges, ...second.edges].map((e) => e.node.legalName)).toEqual([
      `${tag}0株式会社`,
      `${tag}1株式会社`,
      `${tag}2株式会社`,
    ]);

    const bad = await client.gql(hq(), `{ companies(filter: { owningOfficeId: "tokyo" }) { totalCount } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.owningOfficeId', message: '担当事務所の指定が正しくありません。' }],
    });
  });

  it('resolves each relation of a page of companies with one query per table (no N+1)', async () => {
    const tag = uniqueTag();
    const offices = [tokyo, osaka, await officeId(dataSource, '01')];
    for (let i = 0; i < 6; i++) {
      await client.gql(hq(), CREATE, {
        input: companyInput({
          legalName: `${tag}商事${i}`,
          owningOfficeId: offices[i % 3],
          prefectureCode: ['13', '27', '01'][i % 3],
          jsicMajorCode: 'EIP'[i % 3],
        }),
      });
    }
    const page = `{ companies(first: 10, filter: { query: "${tag}" }) { edges { node {
          owningOffice { code prefecture { nameJa } } prefecture { nameJa } jsicMajorGroup { nameJa } } } } }`;
    for (const time of ['first', 'again'] as const) {
      counter.reset();
      const { data, errors } = await client.gql<CompanyRelationsPage>(hq(), page);
      expect(errors).toBeUndefined();
      expect(data?.companies.edges).toHaveLength(6);
      expect(new Set(data?.companies.edges.map((e) => e.node.owningOffice.code))).toEqual(
        new Set(['13', '27', '01']),
      );
      // At most one query per table (none for what this process has read before: reference rows never change).
      const reads = ['offices', 'prefectures', 'jsic_major_groups'].map((table) =>
        counter.selectsFrom(table),
      );
      if (time === 'first') for (const n of reads) expect(n).toBeLessThanOrEqual(1);
      else expect(reads).toEqual([0, 0, 0]);
    }
  });

  it('queues the search-key rebuild for admins only and reports it by id', async () => {
    const mutation = `mutation { rebuildCompanySearchKeys { id name state progress } }`;
    expect(codeOf(await client.gql(hq(), mutation))).toBe('FORBIDDEN');
    const first = (await client.gql<{ rebuildCompanySearchKeys: MaintenanceJob }>(admin, mutation)).data!
      .rebuildCompanySearchKeys;
    expect(first).toMatchObject({
      name: 'organisations.rebuild-company-search-keys',
      state: 'WAITING',
      progress: 0,
    });
    // A second click gets the same job back, unless the minute turned in between.
    const again = (await client.gql<{ rebuildCompanySearchKeys: MaintenanceJob }>(admin, mutation)).data!
      .rebuildCompanySearchKeys;
    expect([first.id, rebuildCompanySearchKeysJobId(new Date())]).toContain(again.id);

    const status = await client.gql<{ maintenanceJob: { id: string; state: string } | null }>(
      admin,
      `query ($id: ID!) { maintenanceJob(id: $id) { id state } }`,
      { id: first.id },
    );
    expect(status.data?.maintenanceJob).toEqual({ id: first.id, state: 'WAITING' });
    expect(
      (
        await client.gql<{ maintenanceJob: { id: string } | null }>(
          admin,
          `{ maintenanceJob(id: "no-such-job") { id } }`,
        )
      ).data?.maintenanceJob,
    ).toBeNull();
    expect(codeOf(await client.gql(hq(), `{ maintenanceJob(id: "x") { id } }`))).toBe('FORBIDDEN');
  });
});
