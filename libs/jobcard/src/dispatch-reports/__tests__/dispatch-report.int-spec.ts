// The dispatch career-up report (spec §7) through the API: the calculator over GraphQL (yearly averages, c ÷ d, the
// 8-hour warning) and the form's layout as CSV over HTTP (UTF-8 with a byte order mark, so Excel opens it).
import { testUserHeader } from '@kakehashi/testing';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { ok, reasonOf, staff, startKit, type JobcardKit, type Staff } from '../../__tests__/jobcard-kit';
import { exDr1Courses, exDr2Courses, report } from '../rules/__tests__/report.fixture';
import type { AuthUser } from '@kakehashi/authz';

const REPORT = `query ($input: DispatchReportInput!) {
  dispatchCareerUpReport(input: $input) {
    sheets { category years { year average { shown } belowEightHours } c { shown } d cPerD { shown } }
    findings { code severity field message }
    rows { title headings rows }
  }
}`;

interface Report {
  sheets: {
    category: number;
    years: { year: number; average: { shown: string } | null; belowEightHours: boolean }[];
    c: { shown: string };
    d: number;
    cPerD: { shown: string } | null;
  }[];
  findings: { code: string; severity: string; field: string; message: string }[];
  rows: { title: string; headings: string[]; rows: string[][] }[];
}

describe('the dispatch career-up report (様式第11号 (11)) through the API', () => {
  let kit: JobcardKit;
  let people: Staff;

  beforeAll(async () => {
    kit = await startKit('2025-02-01');
    people = await staff(kit.dataSource);
  });
  afterAll(async () => {
    await kit?.close();
  });

  async function csv(user: AuthUser, body: unknown) {
    const response = await request(kit.app.getHttpServer())
      .post('/jobcard/exports/dispatch-report.csv')
      .set('x-test-user', testUserHeader(user))
      .send(body as object)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return response as unknown as { status: number; headers: Record<string, string>; body: Buffer };
  }

  it('EX-DR-1: per-year averages 8.9 and 8.8 over the qualifying courses, c ÷ d = 318 ÷ 36 = 8.8, no warning', async () => {
    const result = ok(
      await kit.gql<{ dispatchCareerUpReport: Report }>(people.tokyo, REPORT, {
        input: report([{ category: 1, courses: exDr1Courses() }]),
      }),
    ).dispatchCareerUpReport;
    expect(result.sheets[0].years.map((y) => y.average?.shown ?? null)).toEqual(['8.9', '8.8', null]);
    expect(result.sheets[0]).toMatchObject({ c: { shown: '318.0' }, d: 36, cPerD: { shown: '8.8' } });
    expect(result.findings.filter((f) => f.code === 'DR_YEARLY_AVERAGE_UNDER_8_HOURS')).toEqual([]);
    const sheet = result.rows.find((table) => table.title.startsWith('③'));
    expect(sheet?.rows.at(-1)?.slice(-6)).toEqual(['8.9', '8.8', '—', '318.0', '36', '8.8']);
  });

  it('EX-DR-2: a full-time sheet averaging 3.0 hours in year 1 is warned (R-DR-8), naming the figure', async () => {
    const result = ok(
      await kit.gql<{ dispatchCareerUpReport: Report }>(people.tokyo, REPORT, {
        input: report([{ category: 1, courses: exDr2Courses() }]),
      }),
    ).dispatchCareerUpReport;
    expect(result.sheets[0].years[0]).toEqual({ year: 1, average: { shown: '3.0' }, belowEightHours: true });
    expect(result.findings).toEqual([
      {
        code: 'DR_YEARLY_AVERAGE_UNDER_8_HOURS',
        severity: 'WARNING',
        field: 'sheets.0',
        message: expect.stringContaining('1年目の1人当たりの平均実施時間は3.0時間'),
      },
    ]);
  });

  it("lists the form's codes with the form's words for an input screen; refuses a role without the calculator", async () => {
    const CODES = `{ dispatchReportCodes { categories { code label } methods { code label } costs { code label } wages { code label } } }`;
    const codes = ok(
      await kit.gql<{
        dispatchReportCodes: Record<
          'categories' | 'methods' | 'costs' | 'wages',
          { code: number; label: string }[]
        >;
      }>(people.tokyo, CODES),
    ).dispatchReportCodes;
    expect(codes.categories.map((each) => each.code)).toEqual([1, 2, 3]);
    expect(codes.methods).toEqual([
      { code: 1, label: '1 計画的なOJT' },
      { code: 2, label: '2 OFF-JT' },
    ]);
    expect(codes.costs[0]).toEqual({ code: 1, label: '1 無償（実費負担なし）' });
    expect(codes.wages.map((each) => each.label)).toEqual([
      '1 有給（無給部分なし）',
      '2 有給（無給部分あり）',
      '3 無給',
    ]);
    expect(reasonOf(await kit.gql(people.executive, CODES))).toBe('ROLE_NOT_ALLOWED');
  });

  it("writes the form's layout as CSV with a byte order mark; refuses a role without it and a body that is no report", async () => {
    const response = await csv(people.tokyo, report([{ category: 1, courses: exDr1Courses() }]));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toContain('dispatch-career-up-report.csv');
    expect([...response.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(response.body, { bom: true, relaxColumnCount: true }) as string[][];
    expect(rows[0]).toEqual(['様式第11号（11）キャリアアップに資する教育訓練の実施状況']);
    const courseA = rows.find((row) => row[1] === 'A 新任リーダー研修');
    expect(courseA?.slice(0, 2)).toEqual(['イ', 'A 新任リーダー研修']);
    expect(courseA).toEqual(expect.arrayContaining(['128.0', '15', '満たす']));
    const summary = rows.find((row) => row[1] === '厚生労働大臣が定める基準を満たす教育訓練');
    expect(summary?.slice(-6)).toEqual(['8.9', '8.8', '—', '318.0', '36', '8.8']);

    expect((await csv(people.executive, report([]))).status).toBe(403);
    const bad = await csv(people.tokyo, {
      contacts: 'many',
      sheets: [{ category: 1, courses: [{ sessions: [{ date: '2024-13-01' }] }] }],
    });
    expect(bad.status).toBe(400);
    const body = JSON.parse(bad.body.toString('utf8')) as { code: string; fields: { field: string }[] };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['contacts', 'sheets.0.courses.0.sessions.0.date']),
    );
    expect(reasonOf(await kit.gql(people.executive, REPORT, { input: report([]) }))).toBe('ROLE_NOT_ALLOWED');
  });
});
