// The bulk upload over GraphQL: roles, the template, the dry run's report, an import refused with its row errors in
// the extensions, and another institution's import answered NOT_FOUND. The GraphQL test setup of @kakehashi/testing
// takes the caller from a header and enforces @Roles as the application's guard does.
import { Role } from '@kakehashi/authz';
import { codeOf, GraphqlTestClient, graphqlTestModule } from '@kakehashi/testing';
import { IMPORT_COLUMNS } from '../file/import-columns';
import { base64File, tableOf, utf8Csv, validRow } from './import-fixtures';
import { aUser, anInstitution, finished, startImportsKit, type ImportsKit } from './imports-kit';

const VALIDATE = `mutation ($file: ReferralImportFileInput!) {
  validateReferralImport(file: $file) { format encoding rowCount valid errorCount summary errors { rowNumber column message } }
}`;
const IMPORT = `mutation ($file: ReferralImportFileInput!) {
  importReferrals(file: $file) { id status rowCount importedCount alreadyImported format fileName }
}`;
const ONE = `query ($id: ID!) { referralImport(id: $id) { id status importedCount } }`;

describe('bulk upload GraphQL API', () => {
  let kit: ImportsKit;
  let client: GraphqlTestClient;

  beforeAll(async () => {
    kit = await startImportsKit({ ...graphqlTestModule(), http: true });
    client = new GraphqlTestClient(kit.app!);
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('hands a partner head office the template in both formats', async () => {
    const bank = await anInstitution(kit.dataSource);
    const query = `query ($format: ReferralFileFormat!) { referralImportTemplate(format: $format) { fileName mimeType contentBase64 } }`;
    const csv = await client.gql<{ referralImportTemplate: { contentBase64: string } }>(bank.hq, query, {
      format: 'CSV',
    });
    expect(csv.errors).toBeUndefined();
    const content = Buffer.from(csv.data!.referralImportTemplate.contentBase64, 'base64');
    expect(content.toString('utf8')).toBe(`\ufeff${IMPORT_COLUMNS.map((c) => c.heading).join(',')}\r\n`);
    const xlsx = await client.gql(bank.hq, query, { format: 'XLSX' });
    expect(xlsx.data?.['referralImportTemplate']).toMatchObject({
      fileName: '紹介一括登録テンプレート.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('refuses the upload operations to every role but a partner head office', async () => {
    const bank = await anInstitution(kit.dataSource, ['新宿支店']);
    const file = base64File('a.csv', utf8Csv(tableOf([validRow()])));
    const others = [
      await aUser(kit.dataSource, Role.PARTNER_BRANCH, bank.id, bank.branches['新宿支店']),
      await aUser(kit.dataSource, Role.HQ_COORDINATOR),
      await aUser(kit.dataSource, Role.ADMIN),
      { ...(await aUser(kit.dataSource, Role.EXECUTIVE)) },
    ];
    for (const user of others) {
      expect(codeOf(await client.gql(user, VALIDATE, { file }))).toBe('FORBIDDEN');
      expect(codeOf(await client.gql(user, IMPORT, { file }))).toBe('FORBIDDEN');
    }
  });

  it('reports a dry run’s row errors, refuses the import with them, and writes nothing', async () => {
    const bank = await anInstitution(kit.dataSource);
    const file = base64File('bad.csv', utf8Csv(tableOf([validRow(), validRow({ 企業規模: '零細' })])));
    const dry = await client.gql(bank.hq, VALIDATE, { file });
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.['validateReferralImport']).toMatchObject({
      format: 'CSV',
      encoding: 'UTF-8',
      rowCount: 2,
      valid: false,
      errorCount: 1,
      errors: [
        {
          rowNumber: 3,
          column: '企業規模',
          message: '企業規模は中小企業(SME)か大企業(LARGE)を選択してください。',
        },
      ],
    });
    const refused = await client.gql(bank.hq, IMPORT, { file });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      errorCount: 1,
      rowErrors: [{ rowNumber: 3, column: '企業規模' }],
    });
    const list = await client.gql<{ referralImports: { totalCount: number } }>(
      bank.hq,
      `{ referralImports(first: 10) { totalCount } }`,
    );
    expect(list.data?.referralImports.totalCount).toBe(0);
  });

  it('refuses a file of the wrong kind with one clear error', async () => {
    const bank = await anInstitution(kit.dataSource);
    const response = await client.gql(bank.hq, VALIDATE, {
      file: base64File('a.pdf', Buffer.from('%PDF-1.4')),
    });
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_FILE_TYPE',
      fields: [{ field: 'file' }],
    });
    expect(response.errors?.[0].message).toContain('CSV(.csv)またはExcelブック(.xlsx)');
  });

  it('imports, answers a second upload with the same import, and hides it from another institution', async () => {
    const a = await anInstitution(kit.dataSource);
    const b = await anInstitution(kit.dataSource);
    const coordinator = await aUser(kit.dataSource, Role.HQ_COORDINATOR);
    const file = base64File('ok.csv', utf8Csv(tableOf([validRow(), validRow(), validRow()])));
    const first = await client.gql<{ importReferrals: { id: string } }>(a.hq, IMPORT, { file });
    expect(first.errors).toBeUndefined();
    const imported = first.data!.importReferrals;
    expect(imported).toMatchObject({
      rowCount: 3,
      alreadyImported: false,
      format: 'CSV',
      fileName: 'ok.csv',
    });
    await finished(kit, a.hq, imported.id);

    const second = await client.gql(a.hq, IMPORT, { file });
    expect(second.data?.['importReferrals']).toMatchObject({
      id: imported.id,
      status: 'COMPLETED',
      importedCount: 3,
      alreadyImported: true,
    });
    expect(codeOf(await client.gql(b.hq, ONE, { id: imported.id }))).toBe('NOT_FOUND');
    expect(
      (await client.gql<{ referralImport: { importedCount: number } }>(coordinator, ONE, { id: imported.id }))
        .data?.referralImport.importedCount,
    ).toBe(3);
    const page = await client.gql(
      a.hq,
      `{ referralImports(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`,
    );
    expect(page.data?.['referralImports']).toEqual({
      totalCount: 1,
      edges: [{ node: { id: imported.id } }],
      pageInfo: { hasNextPage: false },
    });
  });
});
