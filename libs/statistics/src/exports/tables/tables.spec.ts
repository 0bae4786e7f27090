import { MoveType } from '@kakehashi/offers';
import { PartnerType } from '@kakehashi/partners';
import { EmploymentType } from '@kakehashi/talent-bank';
import { monthFigures, yearFigures, type FiguresContext, type PublishedMonth } from '../../figures/figures';
import { addMonthsTo, monthsOfFiscalYear } from '../../periods/year-month';
import {
  StatisticsScopeKind,
  StatisticsSource,
  type IndustryFlows,
  type MonthlyStatistics,
  type StatisticsScopeView,
} from '../../statistics.types';
import { documentGrid } from '../export-grid';
import { annualStatisticsDocument } from './annual-statistics.table';
import { industryFlowsDocument } from './industry-flows.table';
import { monthlyStatisticsDocument } from './monthly-statistics.table';
import { partnerAgreementsDocument } from './partner-agreements.table';
import { talentBankOutcomesDocument } from './talent-bank-outcomes.table';

const NATIONAL: StatisticsScopeView = {
  kind: StatisticsScopeKind.NATIONAL,
  officeId: null,
  officeCode: null,
  officeName: null,
  region: null,
  label: '全国',
};
const CREATED = new Date('2026-11-21T01:00:00Z');

// Published secondments every month of FY2021 (April-January: 10 months) and live months from February 2022 on.
function context(): FiguresContext {
  const publishedMonths = new Map<string, PublishedMonth>();
  for (const [i, m] of [...monthsOfFiscalYear(2020), ...monthsOfFiscalYear(2021).slice(0, 10)].entries()) {
    publishedMonths.set(m, {
      secondmentEstablished: 100 + i,
      secondmentReceivingInfo: 300 + i,
      secondmentSendingInfo: 200 + i,
      preliminary: m >= '2021-04',
    });
  }
  return {
    liveFrom: '2022-02',
    currentMonth: '2022-02',
    national: true,
    moveType: MoveType.SECONDMENT,
    publishedYears: new Map(),
    publishedMonths,
    live: new Map([
      [
        '2022-02',
        {
          receiving: { SECONDMENT: 7, TRANSFER: 1, EITHER: 2 },
          sending: { SECONDMENT: 3, TRANSFER: 0, EITHER: 1 },
          establishedSecondment: 4,
          establishedTransfer: 2,
        },
      ],
    ]),
    closedMonths: new Set(),
  };
}

function monthly(): MonthlyStatistics {
  const ctx = context();
  return {
    fiscalYear: 2021,
    label: '2021年度',
    eraLabel: '令和3年度',
    scope: NATIONAL,
    moveType: MoveType.SECONDMENT,
    liveFrom: ctx.liveFrom,
    months: monthsOfFiscalYear(2021).map((m) => ({
      ...monthFigures(ctx, m),
      previousYear: monthFigures(ctx, addMonthsTo(m, -12)),
    })),
    total: yearFigures(ctx, 2021),
  };
}

const cells = (doc: ReturnType<typeof monthlyStatisticsDocument>) => documentGrid(doc).map((r) => r.cells);

describe('monthly statistics export', () => {
  const doc = monthlyStatisticsDocument(monthly(), CREATED);
  const grid = cells(doc);

  it('titles the year with its era and names the scope, the move type and when it was made', () => {
    expect(grid.slice(0, 5)).toEqual([
      ['月別統計 2021年度（令和3年度）'],
      ['集計範囲: 全国'],
      ['形態: 在籍型出向'],
      ['作成日時: 2026年11月21日 10:00（日本時間）'],
      [],
    ]);
    expect(doc.fileBaseName).toBe('月別統計_2021年度_全国_在籍型出向');
    expect(doc.asciiFileBaseName).toBe('monthly-statistics_FY2021_national_secondment');
  });

  it('gives each month its labels, source, 速報値 mark, figures and the same month a year earlier', () => {
    const heading = grid[5];
    const row = (label: string) => {
      const found = grid.find((r) => r[0] === label);
      if (!found) throw new Error(`no row ${label}`);
      return Object.fromEntries(heading.map((h, i) => [h, found[i]]));
    };
    expect(row('2021年4月')).toEqual({
      年月: '2021年4月',
      和暦: '令和3年4月',
      出典: '公表値',
      速報値: '速報値',
      '受入情報（人）': 312,
      '送出情報（人）': 212,
      '成立 在籍型出向（人）': 112,
      '成立 移籍（人）': null,
      '成立 合計（人）': null,
      '前年同月 受入情報（人）': 300,
      '前年同月 送出情報（人）': 200,
      '前年同月 成立（人）': 100,
      備考: '',
    });
    expect(row('2022年2月')).toMatchObject({
      和暦: '令和4年2月',
      出典: '集計値',
      速報値: '速報値',
      '受入情報（人）': 9,
      '送出情報（人）': 4,
      '成立 在籍型出向（人）': 4,
      '成立 移籍（人）': 2,
      '成立 合計（人）': 6,
      '前年同月 成立（人）': 110,
    });
    expect(row('2022年3月')).toMatchObject({
      出典: '集計値',
      '受入情報（人）': null,
      備考: '2022年3月はまだ始まっていません。',
    });
    expect(row('2021年度計')).toMatchObject({
      和暦: '令和3年度計',
      出典: '公表値・集計値',
      速報値: '速報値',
      '成立 在籍型出向（人）': [...Array(10).keys()].reduce((s, i) => s + 112 + i, 0) + 4,
    });
  });

  it('explains the marks and the sources under the table', () => {
    const notes = doc.notes.join('\n');
    expect(notes).toMatch(/※ 速報値/);
    expect(notes).toMatch(/出典「公表値」/);
    expect(notes).toMatch(/出典「集計値」: 本システムの記録（2022年2月以降/);
  });

  it('lays out the year as an annual row the same way', () => {
    const annual = annualStatisticsDocument(
      { scope: NATIONAL, moveType: null, liveFrom: '2022-02', years: [yearFigures(context(), 2021)] },
      CREATED,
    );
    const rows = cells(annual);
    expect(rows[0]).toEqual(['年度別統計 2021年度（令和3年度）']);
    expect(rows[6].slice(0, 5)).toEqual([
      '2021年度（令和3年度）',
      '2021年4月～2022年2月',
      '公表値・集計値',
      '速報値',
      11,
    ]);
    expect(annual.asciiFileBaseName).toBe('annual-statistics_FY2021-FY2021_national_all');
  });
});

describe('industry flows export', () => {
  const flows: IndustryFlows = {
    from: '2023-04',
    to: '2024-03',
    label: '2023年4月～2024年3月',
    scope: NATIONAL,
    moveType: null,
    source: StatisticsSource.LIVE,
    preliminary: false,
    totalPeople: 10,
    crossIndustryPeople: 6,
    crossIndustryShare: 60,
    matrix: [
      {
        sendingJsicCode: 'E',
        sendingIndustryJa: '製造業',
        receivingJsicCode: 'E',
        receivingIndustryJa: '製造業',
        people: 4,
      },
      {
        sendingJsicCode: 'E',
        sendingIndustryJa: '製造業',
        receivingJsicCode: 'H',
        receivingIndustryJa: '運輸業，郵便業',
        people: 5,
      },
      {
        sendingJsicCode: 'H',
        sendingIndustryJa: '運輸業，郵便業',
        receivingJsicCode: 'R',
        receivingIndustryJa: 'サービス業',
        people: 1,
      },
    ],
    topSendingIndustries: [
      { rank: 1, jsicCode: 'E', industryJa: '製造業', people: 9 },
      { rank: 2, jsicCode: 'H', industryJa: '運輸業，郵便業', people: 1 },
    ],
    topReceivingIndustries: [{ rank: 1, jsicCode: 'H', industryJa: '運輸業，郵便業', people: 5 }],
    unavailableReason: null,
    note: null,
  };

  it('has a summary with the share, both rankings and the matrix with its totals', () => {
    const doc = industryFlowsDocument(flows, CREATED, '2023-02');
    expect(doc.sections.map((s) => s.name)).toEqual(['概要', '送出業種', '受入業種', '業種間マトリクス']);
    expect(doc.sections[0].rows).toContainEqual(['異なる業種間で成立した割合（％）', 60]);
    expect(doc.sections[0].rows).toContainEqual(['出典', '集計値']);
    const matrix = doc.sections[3];
    expect(matrix.columns.map((c) => c.heading)).toEqual([
      '送出業種＼受入業種',
      'E 製造業',
      'H 運輸業，郵便業',
      'R サービス業',
      '計',
    ]);
    expect(matrix.rows).toEqual([
      ['E 製造業', 4, 5, 0, 9],
      ['H 運輸業，郵便業', 0, 0, 1, 1],
      ['計', 4, 5, 1, 10],
    ]);
    expect(doc.fileBaseName).toBe('業種間の成立状況_202304-202403_全国_全形態');
  });

  it('says so where a published period has no matrix', () => {
    const published = industryFlowsDocument(
      { ...flows, source: StatisticsSource.PUBLISHED, matrix: [], note: '公表値です。' },
      CREATED,
      '2023-02',
    );
    expect(published.sections[3].rows).toEqual([['公表値です。']]);
  });
});

describe('partner and talent bank exports', () => {
  it('counts agreements by type with a total, dated in both calendars', () => {
    const doc = partnerAgreementsDocument(
      {
        asOf: '2023-02-02',
        byType: [
          { type: PartnerType.FINANCIAL_INSTITUTION, typeLabel: '金融機関', count: 60 },
          { type: PartnerType.BUSINESS_ASSOCIATION, typeLabel: '経済団体', count: 16 },
        ],
        total: 76,
      },
      CREATED,
    );
    expect(doc.title).toBe('連携協定の締結状況 2023年2月2日（令和5年2月2日）現在');
    expect(doc.sections[0].rows).toEqual([
      ['金融機関', 60],
      ['経済団体', 16],
      ['合計', 76],
    ]);
  });

  it('lists re-employments by month with the year total, leaving months not begun empty', () => {
    const doc = talentBankOutcomesDocument(
      {
        fiscalYear: 2026,
        total: 3,
        byMonth: monthsOfFiscalYear(2026).map((month) => ({ month, count: month === '2026-05' ? 3 : 0 })),
        byOccupation: [{ occupationCode: 'B', occupationName: '専門的・技術的職業従事者', count: 3 }],
        byEmploymentType: [{ employmentType: EmploymentType.REGULAR, label: '正社員', count: 3 }],
      },
      CREATED,
      '2026-11',
    );
    const months = doc.sections[0].rows;
    expect(months[1]).toEqual(['2026年5月', '令和8年5月', 3, '']);
    expect(months[7]).toEqual(['2026年11月', '令和8年11月', 0, '月の途中']);
    expect(months[8]).toEqual(['2026年12月', '令和8年12月', null, 'まだ始まっていません']);
    expect(months[12]).toEqual(['2026年度計', '', 3, '']);
    expect(doc.title).toBe('キャリア人材バンク 再就職実績 2026年度（令和8年度）');
  });
});
