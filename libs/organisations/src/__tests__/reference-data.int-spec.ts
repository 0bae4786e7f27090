import { readSeedCsv, withDataSource } from '@kakehashi/database';
import { RequestLoaders } from '@kakehashi/graphql-core';
import type { TestingModule } from '@nestjs/testing';
import { OfficeKind } from '../offices/office.entity';
import { OfficeResolver } from '../offices/office.resolver';
import { ReferenceDataResolver } from '../reference-data/reference-data.resolver';
import { seedReferenceData } from '../seed/seed-reference-data';
import { databaseUrl, organisationsTestingModule } from './test-kit';

async function tableCounts(): Promise<Record<string, number>> {
  return withDataSource(databaseUrl(), async (ds) => {
    const [row] = await ds.query(
      `SELECT (SELECT count(*)::int FROM jsic_major_groups) AS "jsicMajorGroups",
              (SELECT count(*)::int FROM prefectures) AS "prefectures",
              (SELECT count(*)::int FROM offices) AS "offices"`,
    );
    return row;
  });
}

describe('reference data seed', () => {
  it('holds the 20 JSIC major groups, 47 prefectures and headquarters plus 47 regional offices', async () => {
    const reported = await withDataSource(databaseUrl(), seedReferenceData);
    expect(reported).toEqual({ jsicMajorGroups: 20, prefectures: 47, offices: 48 });
    expect(await tableCounts()).toEqual(reported);
  });

  it('is idempotent: running it again adds and touches nothing', async () => {
    const snapshot = () =>
      withDataSource(databaseUrl(), (ds) =>
        ds.query(`SELECT id, code, updated_at FROM offices ORDER BY code`),
      );
    const before = await snapshot();
    await withDataSource(databaseUrl(), seedReferenceData);
    await withDataSource(databaseUrl(), seedReferenceData);
    expect(await snapshot()).toEqual(before);
    expect(await tableCounts()).toEqual({ jsicMajorGroups: 20, prefectures: 47, offices: 48 });
  });

  it('propagates a name corrected in the CSV to the database', async () => {
    const csvName = readSeedCsv('jsic-major-groups.csv').find((row) => row['code'] === 'T')?.['name_ja'];
    await withDataSource(databaseUrl(), async (ds) => {
      await ds.query(`UPDATE jsic_major_groups SET name_ja = '古い名称' WHERE code = 'T'`);
      await seedReferenceData(ds);
      const [row] = await ds.query(`SELECT name_ja FROM jsic_major_groups WHERE code = 'T'`);
      expect(row.name_ja).toBe(csvName);
    });
  });
});

describe('reference data queries', () => {
  let moduleRef: TestingModule;
  beforeAll(async () => {
    moduleRef = await organisationsTestingModule();
  });
  afterAll(() => moduleRef.close());

  it('lists headquarters first, then the regional offices by JIS code, each with its prefecture', async () => {
    const resolver = moduleRef.get(OfficeResolver);
    const offices = await resolver.offices();
    expect(offices[0]).toMatchObject({
      code: 'HQ',
      kind: OfficeKind.HEADQUARTERS,
      nameJa: '本部',
      regionJa: null,
    });
    const regional = offices.slice(1);
    expect(regional.map((o) => o.code)).toEqual(regional.map((o) => o.code).sort());
    expect(regional.every((o) => o.kind === OfficeKind.REGIONAL)).toBe(true);

    const loaders = new RequestLoaders();
    const prefectures = await Promise.all(offices.map((office) => resolver.prefecture(office, loaders)));
    expect(prefectures[0]).toBeNull();
    expect(prefectures.slice(1).map((p) => p?.code)).toEqual(regional.map((o) => o.code));
  });

  it('finds an office by code, tolerating full-width digits, and returns null for an unknown one', async () => {
    const resolver = moduleRef.get(OfficeResolver);
    expect(await resolver.office('１３')).toMatchObject({
      code: '13',
      nameJa: '東京事務所',
      regionJa: '関東',
    });
    expect(await resolver.office('hq')).toMatchObject({ kind: OfficeKind.HEADQUARTERS });
    expect(await resolver.office('99')).toBeNull();
  });

  it('lists prefectures and JSIC major groups in code order', async () => {
    const resolver = moduleRef.get(ReferenceDataResolver);
    const prefectures = await resolver.prefectures();
    expect(prefectures[0]).toEqual({ code: '01', nameJa: '北海道', nameEn: 'Hokkaido', regionJa: '北海道' });
    expect(prefectures[46].code).toBe('47');
    const groups = await resolver.jsicMajorGroups();
    expect(groups.map((g) => g.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });
});
