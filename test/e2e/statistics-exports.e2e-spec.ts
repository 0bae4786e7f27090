// The statistics downloads over real HTTP (GET /statistics/exports/<table>), behind the application's own AuthGuard:
// who may download what, the files an executive gets (CSV with a BOM, .xlsx with the same cells, Japanese file names),
// the published numbers exactly, and the dashboard's figures in one GraphQL request.
import { PUBLIC_METADATA, ROLES_METADATA } from '@kakehashi/authz';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { readPublishedMonths, readPublishedYears } from '@kakehashi/statistics';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

type Cell = unknown;

/** A row without its trailing empty cells (a CSV line ends at its last value; a sheet row is padded). */
function trimEnd(row: string[]): string[] {
  let end = row.length;
  while (end > 1 && row[end - 1] === '') end -= 1;
  return row.slice(0, end);
}

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

describe('statistics exports over HTTP', () => {
  let api: RunningApi;
  const tokens: Record<string, string> = {};
  let tokyo: string;
  let aichi: string;

  async function get(path: string, token?: string): Promise<Download> {
    const response = await fetch(`${api.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  const json = (d: Download) => JSON.parse(d.body.toString('utf8')) as Record<string, unknown>;
  const csvRows = (d: Download) => parse(d.body, { bom: true, relaxColumnCount: true }) as string[][];

  /** The table under its heading row (the row whose first cell is `first`), as objects keyed by heading. */
  function records(rows: Cell[][], first: string): Record<string, Cell>[] {
    const start = rows.findIndex((row) => row[0] === first);
    if (start < 0) throw new Error(`no heading row starting with ${first}`);
    const headings = rows[start] as string[];
    const out: Record<string, Cell>[] = [];
    for (const row of rows.slice(start + 1)) {
      if (row.every((cell) => cell === null || cell === '')) break;
      out.push(Object.fromEntries(headings.map((h, i) => [h, row[i] ?? null])));
    }
    return out;
  }

  beforeAll(async () => {
    api = await startTestApi();
    for (const [key, email] of Object.entries({
      executive: 'executive@kakehashi.example',
      hq: 'hq@kakehashi.example',
      admin: 'admin@kakehashi.example',
      consultant: 'consultant@kakehashi.example',
      partnerHq: 'partner.hq@kakehashi.example',
      partnerBranch: 'partner.branch@kakehashi.example',
    })) {
      tokens[key] = await login(api.url, email, DEMO_PASSWORD);
    }
    const offices = await graphql<{ offices: { id: string; code: string }[] }>(
      api.url,
      '{ offices { id code } }',
      {},
      tokens.executive,
    );
    tokyo = offices.data!.offices.find((o) => o.code === '13')!.id;
    aichi = offices.data!.offices.find((o) => o.code === '23')!.id;
  });
  afterAll(async () => {
    await api?.stop();
  });

  const EXPORTS = {
    monthly: '/statistics/exports/monthly?fiscalYear=2021&moveType=SECONDMENT',
    annual: '/statistics/exports/annual?fromFiscalYear=2013&toFiscalYear=2022',
    industryFlows: '/statistics/exports/industry-flows?from=2022-04&to=2023-01&moveType=SECONDMENT',
    partnerAgreements: '/statistics/exports/partner-agreements?asOf=2023-02-02',
    talentBankOutcomes: '/statistics/exports/talent-bank-outcomes?fiscalYear=2022',
  };

  describe('who may download', () => {
    it.each(Object.entries(EXPORTS))(
      '%s: refuses an anonymous caller (401) and a forged token',
      async (_, path) => {
        for (const format of ['csv', 'xlsx']) {
          const anonymous = await get(`${path}&format=${format}`);
          expect(anonymous.status).toBe(401);
          expect(json(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
          expect(anonymous.headers.get('content-disposition')).toBeNull();
        }
        const forged = await get(path, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
        expect(forged.status).toBe(401);
      },
    );

    it.each(Object.entries(EXPORTS))('%s: refuses partner users (403)', async (_, path) => {
      for (const role of ['partnerHq', 'partnerBranch']) {
        const refused = await get(`${path}&format=xlsx`, tokens[role]);
        expect([role, refused.status]).toEqual([role, 403]);
        expect(json(refused)).toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it('lets headquarters and administrators download every table, as their GraphQL queries allow', async () => {
      for (const role of ['hq', 'admin']) {
        for (const path of Object.values(EXPORTS)) {
          expect([role, path, (await get(path, tokens[role])).status]).toEqual([role, path, 200]);
        }
      }
    });

    it('keeps a consultant to their own office, and away from the partner and talent-bank figures', async () => {
      for (const table of ['monthly', 'annual', 'industryFlows'] as const) {
        const path = EXPORTS[table];
        const other = await get(`${path}&officeId=${aichi}`, tokens.consultant);
        expect([table, other.status]).toEqual([table, 403]);
        expect(json(other)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_OFFICE_SCOPE' });
        expect(String(json(other).message)).toMatch(/所属事務所の統計のみ/);
        const region = await get(`${path}&region=${encodeURIComponent('関東')}`, tokens.consultant);
        expect([table, region.status]).toEqual([table, 403]);
        const own = await get(`${path}&officeId=${tokyo}`, tokens.consultant);
        expect([table, own.status]).toEqual([table, 200]);
      }
      const ownDefault = csvRows(await get(EXPORTS.monthly, tokens.consultant));
      expect(ownDefault[1]).toEqual(['集計範囲: 東京事務所']);
      for (const table of ['partnerAgreements', 'talentBankOutcomes'] as const) {
        const refused = await get(EXPORTS[table], tokens.consultant);
        expect([table, refused.status]).toEqual([table, 403]);
        expect(json(refused)).toMatchObject({
          code: 'FORBIDDEN',
          message: 'この操作を行う権限がありません。',
        });
      }
    });

    it('answers bad input with 400 and the field in Japanese, and an unknown table with 404', async () => {
      const bad = await get('/statistics/exports/monthly?fiscalYear=abc', tokens.executive);
      expect(bad.status).toBe(400);
      expect(json(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fiscalYear' }] });
      const format = await get('/statistics/exports/monthly?fiscalYear=2021&format=pdf', tokens.executive);
      expect(format.status).toBe(400);
      expect(JSON.stringify(json(format))).toMatch(/csv または xlsx/);
      const across = await get(
        '/statistics/exports/industry-flows?from=2022-04&to=2023-06',
        tokens.executive,
      );
      expect(across.status).toBe(400);
      expect(json(across)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect((await get('/statistics/exports/nothing?format=csv', tokens.executive)).status).toBe(404);
    });

    it('has every HTTP route of the API state @Roles or @Public (deny by default covers controllers too)', () => {
      const reflector = api.app.get(Reflector);
      const undeclared: string[] = [];
      const publicRoutes: string[] = [];
      for (const module of api.app.get(ModulesContainer).values()) {
        for (const wrapper of module.controllers.values()) {
          const instance = wrapper.instance as object | undefined;
          if (!instance) continue;
          const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
          for (const key of Object.getOwnPropertyNames(prototype)) {
            const handler = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
            if (typeof handler !== 'function' || key === 'constructor') continue;
            if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
            const targets = [handler, instance.constructor];
            const route = `${instance.constructor.name}.${key}`;
            if (reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) publicRoutes.push(route);
            else if (!reflector.getAllAndOverride<unknown[]>(ROLES_METADATA, targets)?.length)
              undeclared.push(route);
          }
        }
      }
      expect(undeclared).toEqual([]);
      // Readiness and liveness probes carry no token.
      expect(publicRoutes.sort()).toEqual(['HealthController.check', 'HealthController.live']);
    });
  });

  describe('what an executive downloads', () => {
    it('gets the monthly secondments of FY2021 as CSV with a BOM, the published numbers exactly', async () => {
      const download = await get(`${EXPORTS.monthly}&format=csv`, tokens.executive);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(download.headers.get('cache-control')).toBe('no-store');
      expect([...download.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(download.body.subarray(3).toString('utf8')).toContain('\r\n');
      const disposition = download.headers.get('content-disposition')!;
      expect(disposition).toContain(
        'attachment; filename="monthly-statistics_FY2021_national_secondment.csv"',
      );
      const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1];
      expect(decodeURIComponent(encoded)).toBe('月別統計_2021年度_全国_在籍型出向.csv');

      const rows = csvRows(download);
      expect(rows[0]).toEqual(['月別統計 2021年度（令和3年度）']);
      expect(rows[2]).toEqual(['形態: 在籍型出向']);
      const months = records(rows, '年月');
      const published = readPublishedMonths().filter((m) => m.fiscal_year === 2021);
      const previous = readPublishedMonths().filter((m) => m.fiscal_year === 2020);
      expect(published).toHaveLength(12);
      expect(months.slice(0, 12).map((m) => [m['年月'], m['和暦'], m['出典'], m['速報値']])).toEqual(
        published.map((p) => {
          const [y, mo] = p.year_month.split('-').map(Number);
          return [`${y}年${mo}月`, `令和${y - 2018}年${mo}月`, '公表値', ''];
        }),
      );
      expect(
        months
          .slice(0, 12)
          .map((m) => [
            m['成立 在籍型出向（人）'],
            m['受入情報（人）'],
            m['送出情報（人）'],
            m['前年同月 成立（人）'],
          ]),
      ).toEqual(
        published.map((p, i) => [
          String(p.secondment_established),
          String(p.secondment_receiving_info),
          String(p.secondment_sending_info),
          String(previous[i].secondment_established),
        ]),
      );
      expect(months[12]).toMatchObject({
        年月: '2021年度計',
        和暦: '令和3年度計',
        出典: '公表値',
        '成立 在籍型出向（人）': '5611',
        '受入情報（人）': '18029',
        '送出情報（人）': '5820',
      });
      const notes = rows.map((r) => r[0]).filter((c) => c.startsWith('出典') || c.startsWith('※'));
      expect(notes).toEqual([
        expect.stringMatching(/^※ 速報値/),
        expect.stringMatching(/^出典「公表値」/),
        expect.stringMatching(/^出典「集計値」: 本システムの記録（2023年2月以降/),
      ]);
    });

    it('gets FY2022 marked 速報値 month by month, as published', async () => {
      const rows = csvRows(
        await get('/statistics/exports/monthly?fiscalYear=2022&moveType=SECONDMENT', tokens.executive),
      );
      const months = records(rows, '年月');
      const april = months.find((m) => m['年月'] === '2022年4月')!;
      expect(april).toMatchObject({
        和暦: '令和4年4月',
        出典: '公表値',
        速報値: '速報値',
        '成立 在籍型出向（人）': '388',
      });
      const february = months.find((m) => m['年月'] === '2023年2月')!;
      expect(february).toMatchObject({ 出典: '集計値', 速報値: '速報値' });
    });

    it('gets the same cells in the .xlsx as in the CSV, numbers as numbers', async () => {
      for (const path of [EXPORTS.monthly, EXPORTS.annual]) {
        const csv = csvRows(await get(`${path}&format=csv`, tokens.executive));
        const download = await get(`${path}&format=xlsx`, tokens.executive);
        expect(download.status).toBe(200);
        expect(download.headers.get('content-type')).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        expect(download.headers.get('content-disposition')).toMatch(
          /filename="[a-z-]+_FY.*\.xlsx"; filename\*=UTF-8''/,
        );
        const [sheet, ...others] = await readXlsxFile(download.body);
        expect(others).toEqual([]);
        // The "作成日時" line carries the minute each file was made; every other cell must agree.
        const fromXlsx = sheet.data
          .map((row) => trimEnd(row.map((cell) => (cell === null ? '' : String(cell)))))
          .filter((row) => !row[0].startsWith('作成日時'));
        const fromCsv = csv.map(trimEnd).filter((row) => !row[0].startsWith('作成日時'));
        expect(fromXlsx).toEqual(fromCsv);
        const numbers = sheet.data.flat().filter((cell) => typeof cell === 'number');
        expect(numbers.length).toBeGreaterThan(20);
      }
    });

    it('gets the annual results of FY2013-FY2022 with their era labels and the published totals', async () => {
      const [sheet] = await readXlsxFile((await get(`${EXPORTS.annual}&format=xlsx`, tokens.executive)).body);
      expect(sheet.data[0][0]).toBe('年度別統計 2013年度～2022年度（平成25年度～令和4年度）');
      const years = records(sheet.data, '年度');
      const published = readPublishedYears();
      expect(
        years
          .slice(0, 9)
          .map((y) => [
            y['年度'],
            y['出典'],
            y['成立 在籍型出向（人）'],
            y['成立 移籍（人）'],
            y['成立 合計（人）'],
            y['受入情報（人）'],
            y['送出情報（人）'],
          ]),
      ).toEqual(
        published
          .filter((p) => p.fiscal_year <= 2021)
          .map((p) => [
            `${p.fiscal_year}年度（${p.fiscal_year >= 2019 ? `令和${p.fiscal_year === 2019 ? '元' : p.fiscal_year - 2018}` : `平成${p.fiscal_year - 1988}`}年度）`,
            '公表値',
            p.secondment_established,
            p.transfer_established,
            p.total_established,
            p.receiving_info,
            p.sending_info,
          ]),
      );
      expect(years.find((y) => y['年度'] === '2021年度（令和3年度）')).toMatchObject({
        '成立 在籍型出向（人）': 5611,
        '成立 合計（人）': 13960,
        速報値: null,
      });
      expect(years.find((y) => y['年度'] === '2022年度（令和4年度）')).toMatchObject({ 速報値: '速報値' });
    });

    it('gets the industry flows with the published share and top industries, and a sheet per table', async () => {
      const [summary, sending, receiving, matrix] = await readXlsxFile(
        (await get(`${EXPORTS.industryFlows}&format=xlsx`, tokens.executive)).body,
      );
      expect([summary.sheet, sending.sheet, receiving.sheet, matrix.sheet]).toEqual([
        '概要',
        '送出業種',
        '受入業種',
        '業種間マトリクス',
      ]);
      const items = Object.fromEntries(records(summary.data, '項目').map((r) => [r['項目'], r['値']]));
      expect(items).toMatchObject({
        期間: '2022年4月～2023年1月',
        出典: '公表値',
        速報値: '速報値',
        '成立（人）': 2413,
        '異なる業種間で成立した割合（％）': 59.2,
      });
      expect(
        records(receiving.data, '順位').map((r) => [
          r['順位'],
          r['業種コード（JSIC大分類）'],
          r['成立（人）'],
        ]),
      ).toEqual([
        [1, 'E', 1176],
        [2, 'R', 342],
        [3, 'I', 261],
      ]);
      expect(records(sending.data, '順位').map((r) => r['成立（人）'])).toEqual([1078, 763, 166]);
      const csv = csvRows(await get(EXPORTS.industryFlows, tokens.executive));
      expect(csv.map((r) => r[0])).toEqual(
        expect.arrayContaining(['【概要】', '【送出業種】', '【受入業種】', '【業種間マトリクス】']),
      );
    });

    it('gets the partner agreements in force and the talent bank outcomes', async () => {
      const agreements = await get(`${EXPORTS.partnerAgreements}&format=xlsx`, tokens.executive);
      expect(
        decodeURIComponent(
          /filename\*=UTF-8''([^;]+)/.exec(agreements.headers.get('content-disposition')!)![1],
        ),
      ).toBe('連携協定の締結状況_20230202.xlsx');
      const [sheet] = await readXlsxFile(agreements.body);
      expect(sheet.data[0][0]).toBe('連携協定の締結状況 2023年2月2日（令和5年2月2日）現在');
      const counts = await graphql<{
        partnerAgreementCounts: { total: number; byType: { typeLabel: string; count: number }[] };
      }>(
        api.url,
        '{ partnerAgreementCounts(asOf: "2023-02-02") { total byType { typeLabel count } } }',
        {},
        tokens.executive,
      );
      const rows = records(sheet.data, '種別');
      expect(rows).toEqual([
        ...counts.data!.partnerAgreementCounts.byType.map((t) => ({
          種別: t.typeLabel,
          '協定数（件）': t.count,
        })),
        { 種別: '合計', '協定数（件）': counts.data!.partnerAgreementCounts.total },
      ]);

      const outcomes = csvRows(await get(EXPORTS.talentBankOutcomes, tokens.executive));
      expect(outcomes[0]).toEqual(['キャリア人材バンク 再就職実績 2022年度（令和4年度）']);
      expect(outcomes.map((r) => r[0])).toEqual(
        expect.arrayContaining(['【月別】', '【職種別】', '【雇用形態別】']),
      );
      const byMonth = records(outcomes, '年月');
      expect(byMonth.map((r) => r['年月'])).toEqual([
        ...['4', '5', '6', '7', '8', '9', '10', '11', '12'].map((m) => `2022年${m}月`),
        '2023年1月',
        '2023年2月',
        '2023年3月',
        '2022年度計',
      ]);
    });
  });

  it('gives an executive every dashboard figure in one GraphQL request', async () => {
    const result = await graphql<{
      monthlyStatistics: {
        months: { yearMonth: string; established: number | null }[];
        total: { establishedSecondment: number };
      };
      annualStatistics: { years: { fiscalYear: number; establishedSecondment: number | null }[] };
      industryFlows: { crossIndustryShare: number | null };
      partnerAgreementCounts: { total: number; byType: { count: number }[] };
      talentBankOutcomes: { fiscalYear: number; total: number; byMonth: { month: string }[] };
    }>(
      api.url,
      `
        query Dashboard($fiscalYear: Int!) {
          monthlyStatistics(fiscalYear: $fiscalYear, moveType: SECONDMENT) {
            months {
              yearMonth
              established
              preliminary
              previousYear {
                established
              }
            }
            total {
              establishedSecondment
            }
          }
          annualStatistics(fromFiscalYear: 2013, toFiscalYear: $fiscalYear) {
            years {
              fiscalYear
              establishedSecondment
            }
          }
          industryFlows(from: "2022-04", to: "2023-01", moveType: SECONDMENT) {
            crossIndustryShare
            topSendingIndustries {
              jsicCode
              people
            }
          }
          partnerAgreementCounts(asOf: "2023-02-02") {
            total
            byType {
              typeLabel
              count
            }
          }
          talentBankOutcomes(fiscalYear: $fiscalYear) {
            fiscalYear
            total
            byMonth {
              month
              count
            }
          }
        }
      `,
      { fiscalYear: 2021 },
      tokens.executive,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.monthlyStatistics.months).toHaveLength(12);
    expect(data.monthlyStatistics.total.establishedSecondment).toBe(5611);
    expect(data.annualStatistics.years.find((y) => y.fiscalYear === 2020)?.establishedSecondment).toBe(3061);
    expect(data.industryFlows.crossIndustryShare).toBe(59.2);
    expect(data.partnerAgreementCounts.total).toBe(
      data.partnerAgreementCounts.byType.reduce((sum, t) => sum + t.count, 0),
    );
    expect(data.partnerAgreementCounts.total).toBeGreaterThan(0);
    expect(data.talentBankOutcomes).toMatchObject({ fiscalYear: 2021 });
    expect(data.talentBankOutcomes.byMonth).toHaveLength(12);
  });
});
