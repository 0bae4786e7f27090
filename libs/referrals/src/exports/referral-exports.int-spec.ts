// The referral list's Excel download over HTTP, on the application role (row-level security binds it): the file holds
// the list's columns in its order, the same filters as the GraphQL list, and never another partner's (or, for a branch
// account, another branch's) referral. The guard, pipe and filter of @kakehashi/testing's GraphQL test setup take the
// caller from a header and enforce @Roles as the application's do; the browser test downloads it through the session
// cookie.
import type { AuthUser } from '@kakehashi/authz';
import { graphqlTestModule, testUserHeader } from '@kakehashi/testing';
import type { INestApplication } from '@nestjs/common';
import { readSheet } from 'read-excel-file/node';
import request from 'supertest';
import {
  aPartner,
  centerStaff,
  referralInput,
  startReferralsKit,
  type ReferralsKit,
  type TestPartner,
} from '../__tests__/referrals-kit';
import { CreateReferralService } from '../referrals/services/create-referral.service';
import { SubmitReferralService } from '../referrals/services/submit-referral.service';
import { REFERRAL_EXPORT_HEADINGS } from './referral-export.workbook';

describe('GET /referrals/exports', () => {
  let kit: ReferralsKit;
  let app: INestApplication;
  let a: TestPartner;
  let b: TestPartner;
  const names: Record<string, string> = {};

  async function download(user: AuthUser, query = '') {
    const response = await request(app.getHttpServer())
      .get(`/referrals/exports${query}`)
      .set('x-test-user', testUserHeader(user))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return response as unknown as { status: number; headers: Record<string, string>; body: Buffer };
  }
  async function sheet(user: AuthUser, query = ''): Promise<unknown[][]> {
    const response = await download(user, query);
    expect(response.status).toBe(200);
    return readSheet(response.body);
  }
  const clientNames = (rows: unknown[][]) => rows.slice(1).map((row) => row[0]);

  async function refer(user: AuthUser, key: string, submit: boolean) {
    const input = referralInput();
    names[key] = input.clientName;
    const created = await kit.get(CreateReferralService).create(user, input);
    if (submit)
      await kit.get(SubmitReferralService).submit(user, { id: created.id, expectedVersion: created.version });
  }

  beforeAll(async () => {
    // REST only: the test setup's guard, pipe and filter, without the GraphQL module.
    kit = await startReferralsKit({ providers: graphqlTestModule().providers });
    app = kit.module.createNestApplication({ logger: false });
    await app.init();
    a = await aPartner(kit.dataSource);
    b = await aPartner(kit.dataSource);
    // Made in this order, so newest first is the reverse.
    await refer(a.branchUsers[0], 'a0draft', false);
    await refer(a.branchUsers[0], 'a0submitted', true);
    await refer(a.branchUsers[1], 'a1submitted', true);
    await refer(a.hq, 'aHq', false);
    await refer(b.branchUsers[0], 'b0submitted', true);
  });
  afterAll(async () => {
    await app?.close();
    await kit?.close();
  });

  it("gives the head office all its branches' referrals, newest first, in the list's columns, as shown on screen", async () => {
    const response = await download(a.hq);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="referrals_\d{8}\.xlsx"; filename\*=UTF-8''%E7%B4%B9%E4%BB%8B/,
    );
    const rows = await readSheet(response.body);
    expect(rows[0]).toEqual([...REFERRAL_EXPORT_HEADINGS]);
    expect(clientNames(rows)).toEqual([names.aHq, names.a1submitted, names.a0submitted, names.a0draft]);
    const submitted = rows.find((row) => row[0] === names.a0submitted);
    expect(submitted?.slice(1, 5)).toEqual(['新宿支店', '提出済み', '人員過剰', null]);
    expect(submitted?.[5]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日（令和\d+年）$/);
    expect(rows.find((row) => row[0] === names.aHq)?.[1]).toBe('本部');
  });

  it('applies the same filters as the list: status, branch, dates', async () => {
    const query = `?status=SUBMITTED,FORWARDED&branchId=${a.branchIds[0]}`;
    expect(clientNames(await sheet(a.hq, query))).toEqual([names.a0submitted]);
    expect(clientNames(await sheet(a.hq, '?status=DRAFT&status=SUBMITTED&duplicate=false'))).toHaveLength(4);
    expect(clientNames(await sheet(a.hq, '?createdFrom=2100-01-01'))).toEqual([]);
    expect(clientNames(await sheet(a.hq, '?createdTo=2000-01-01'))).toEqual([]);
    expect(clientNames(await sheet(a.hq, '?createdFrom=2000-01-01&createdTo=2199-12-31'))).toHaveLength(4);
  });

  it("never gives another institution's or another branch's referral, whatever the filter says", async () => {
    expect(clientNames(await sheet(a.branchUsers[1]))).toEqual([names.a1submitted]);
    expect(clientNames(await sheet(a.branchUsers[1], `?branchId=${a.branchIds[0]}`))).toEqual([]);
    expect(clientNames(await sheet(b.hq))).toEqual([names.b0submitted]);
    expect(clientNames(await sheet(b.hq, `?branchId=${a.branchIds[0]}`))).toEqual([]);
  });

  it('refuses the Center (partners only) and bad input with the fields, as JSON', async () => {
    const staff = await centerStaff(kit.dataSource);
    expect((await download(staff.coordinator)).status).toBe(403);
    const bad = await download(a.hq, '?createdFrom=2026-02-30&status=NOPE');
    expect(bad.status).toBe(400);
    const body = JSON.parse(bad.body.toString('utf8')) as { code: string; fields: { field: string }[] };
    expect(JSON.stringify(body)).toContain('BAD_USER_INPUT');
    expect(JSON.stringify(body)).toContain('状態の指定が正しくありません。');
    const day = await download(a.hq, '?createdFrom=2026-02-30');
    expect(day.status).toBe(400);
    expect(day.body.toString('utf8')).toContain('存在しない日付です。');
  });
});
