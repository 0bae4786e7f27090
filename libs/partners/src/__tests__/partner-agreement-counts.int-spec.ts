import { readSeedCsv } from '@kakehashi/database';
import { PartnerType } from '../partner-enums';
import { M_BANK_ID, startPartnersKit, type PartnersKit } from './partners-kit';

// The run's database holds the reference data (prisma/seed/partner-*.csv) from the global setup's db:migrate. The
// figures below are the Center's published 連携協定の締結状況 (2023-02-02) and the seed's boundary cases; tests that
// add agreements sign them from 2024 on, so these dates never move.
describe('agreements in force on a date (the seeded reference data)', () => {
  let kit: PartnersKit;
  beforeAll(async () => {
    kit = await startPartnersKit();
  });
  afterAll(() => kit.close());

  const figures = async (asOf: string) => {
    const counts = await kit.counts.countsOn(asOf);
    return [...counts.byType.map((t) => [t.typeLabel, t.count] as const), ['計', counts.total] as const];
  };

  it('shows 60 financial institutions, 16 business associations, 3 unions and 11 government bodies on 2023-02-02', async () => {
    const counts = await kit.counts.countsOn('2023-02-02');
    expect(counts).toEqual({
      asOf: '2023-02-02',
      byType: [
        { type: PartnerType.FINANCIAL_INSTITUTION, typeLabel: '金融機関', count: 60 },
        { type: PartnerType.BUSINESS_ASSOCIATION, typeLabel: '経済団体', count: 16 },
        { type: PartnerType.LABOR_UNION, typeLabel: '労働組合', count: 3 },
        { type: PartnerType.GOVERNMENT, typeLabel: '行政機関', count: 11 },
      ],
      total: 90,
    });
  });

  it('counts an agreement from its signing day and no longer on its end date', async () => {
    // 2023-02-01: 行政機関（仮）11 (signed 2023-02-02) not yet, 行政機関（仮）12 (ended 2023-02-02) still.
    expect(await figures('2023-02-01')).toEqual([
      ['金融機関', 60],
      ['経済団体', 16],
      ['労働組合', 3],
      ['行政機関', 11],
      ['計', 90],
    ]);
    // 2023-07-01: 金融機関（仮）61 signed 2023-06-01 counts; 行政機関（仮）12 has ended while 11 is in force.
    expect(await figures('2023-07-01')).toEqual([
      ['金融機関', 61],
      ['経済団体', 16],
      ['労働組合', 3],
      ['行政機関', 11],
      ['計', 91],
    ]);
    // 2022-01-01: 経済団体（仮）17 (ended 2022-03-31) still in force; 金融機関（仮）03 through its renewed agreement.
    expect((await figures('2022-01-01')).slice(0, 2)).toEqual([
      ['金融機関', 60],
      ['経済団体', 17],
    ]);
  });

  it('lists every type, zeros included, before any agreement', async () => {
    expect(await figures('2010-01-01')).toEqual([
      ['金融機関', 0],
      ['経済団体', 0],
      ['労働組合', 0],
      ['行政機関', 0],
      ['計', 0],
    ]);
  });

  it('reads the date however it is typed, and refuses what is not a date', async () => {
    expect((await kit.counts.countsOn('２０２３/２/２')).total).toBe(90);
    await expect(kit.counts.countsOn('2023-02-30')).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'asOf', message: '基準日を日付(例: 2023-02-02)で指定してください。' }],
      },
    });
  });

  it('holds the brochure’s named examples with their agreements', async () => {
    const rows: {
      name: string;
      type: string;
      signed_on: string;
      office: string | null;
      has_hq_step: boolean;
    }[] = await kit.dataSource.query(
      `SELECT i.name, i.type, to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on, o.code AS office, i.has_hq_step
           FROM partner_institutions i
           JOIN partner_agreements a ON a.institution_id = i.id
           LEFT JOIN offices o ON o.id = a.office_id
          WHERE i.id <= '00000000-0000-4000-8000-000000000007'
          ORDER BY i.id`,
    );
    expect(rows).toEqual([
      {
        name: 'M銀行',
        type: 'FINANCIAL_INSTITUTION',
        signed_on: '2020-10-01',
        office: null,
        has_hq_step: true,
      },
      {
        name: '日本政策金融公庫（近畿地区）',
        type: 'FINANCIAL_INSTITUTION',
        signed_on: '2021-03-01',
        office: '27',
        has_hq_step: false,
      },
      {
        name: '愛知県経営者協会',
        type: 'BUSINESS_ASSOCIATION',
        signed_on: '2019-04-01',
        office: '23',
        has_hq_step: false,
      },
      {
        name: '札幌商工会議所',
        type: 'BUSINESS_ASSOCIATION',
        signed_on: '2020-11-16',
        office: '01',
        has_hq_step: false,
      },
      { name: 'UAゼンセン', type: 'LABOR_UNION', signed_on: '2020-09-01', office: null, has_hq_step: false },
      { name: '京都市', type: 'GOVERNMENT', signed_on: '2021-04-01', office: null, has_hq_step: false },
      { name: '福井県', type: 'GOVERNMENT', signed_on: '2020-10-01', office: '18', has_hq_step: false },
    ]);
    expect(readSeedCsv('partner-institutions.csv')[0]['id']).toBe(M_BANK_ID);
  });
});
