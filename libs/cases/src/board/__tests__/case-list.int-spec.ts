import type { AuthUser } from '@kakehashi/authz';
import type { Connection } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import { officeId, staffUser } from '@kakehashi/testing';
import { refusal } from '../../__tests__/case-test-kit';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseExceptionCode } from '../../case.exception';
import { CaseStage } from '../../workflow/case-stage';
import { CaseSortDirection, CaseSortField } from '../case-board.inputs';
import type { CaseFilter } from '../case-filter';
import type { CaseSort } from '../case-sort';
import {
  insertUser,
  makeCase,
  makePair,
  Role,
  setEnteredAt,
  startBoardKit,
  type BoardKit,
} from './board-test-kit';

describe('the case list (service on PostgreSQL)', () => {
  let kit: BoardKit;
  let reader: AuthUser;

  beforeAll(async () => {
    kit = await startBoardKit();
    reader = staffUser(Role.CONSULTANT, await officeId(kit.dataSource, '01'));
  });
  afterAll(() => kit?.close());

  const owner = () => insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
  const list = (
    filter: CaseFilter,
    sort: Partial<CaseSort> | null = null,
    first = 100,
    after: string | null = null,
  ) => kit.lists.list(reader, filter, sort, { first, after });
  const ids = (page: Connection<CaseEntity>) => page.edges.map((e) => e.node.id);

  async function walk(filter: CaseFilter, sort: CaseSort, first: number, midway?: () => Promise<void>) {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Connection<CaseEntity> = await list(filter, sort, first, after);
      seen.push(...ids(page));
      pages += 1;
      if (pages === 1 && midway) await midway();
      if (!page.pageInfo.hasNextPage) return { seen, pages };
      after = page.pageInfo.endCursor;
    }
  }

  it('walks every case exactly once in every order, even with ties to the microsecond and a case added midway', async () => {
    const me = await owner();
    const pair = await makePair(kit);
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      made.push((await makeCase(kit, { pair, sendingConsultantId: me.id, updatedAgo: `${i % 3} hours` })).id);
    }
    // Three share an instant, two sit one microsecond later: a cursor rounded to milliseconds would skip or repeat.
    await setEnteredAt(kit, made.slice(0, 3), '2026-03-01T00:00:00.123456Z');
    await setEnteredAt(kit, made.slice(3, 5), '2026-03-01T00:00:00.123457Z');
    await setEnteredAt(kit, made.slice(5), '2026-02-01T09:00:00Z');
    const filter = { consultantId: me.id };

    for (const field of Object.values(CaseSortField)) {
      for (const direction of Object.values(CaseSortDirection)) {
        const sort = { field, direction };
        const whole = ids(await list(filter, sort));
        expect(whole.sort()).toEqual([...made].sort());
        const expected = ids(await list(filter, sort));
        const { seen, pages } = await walk(filter, sort, 2);
        expect({ sort, seen }).toEqual({ sort, seen: expected });
        expect(pages).toBe(4);
      }
    }

    // Added after the first page of the default order (longest in stage first): as the newest stage entry it comes
    // last, and the walk reaches it once.
    let late = '';
    const { seen } = await walk(
      filter,
      { field: CaseSortField.STAGE_AGE, direction: CaseSortDirection.DESC },
      3,
      async () => {
        late = (await makeCase(kit, { pair, sendingConsultantId: me.id })).id;
      },
    );
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen[7]).toBe(late);
  });

  it('orders by stage age (longest first) by default and keeps the total exact on every page', async () => {
    const me = await owner();
    const pair = await makePair(kit);
    const young = await makeCase(kit, { pair, sendingConsultantId: me.id, enteredAgo: '1 day' });
    const old = await makeCase(kit, { pair, sendingConsultantId: me.id, enteredAgo: '9 days' });
    const middle = await makeCase(kit, { pair, sendingConsultantId: me.id, enteredAgo: '3 days' });
    const first = await list({ consultantId: me.id }, null, 2);
    expect(ids(first)).toEqual([old.id, middle.id]);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ consultantId: me.id }, null, 2, first.pageInfo.endCursor);
    expect(ids(second)).toEqual([young.id]);
    expect(second.totalCount).toBe(3);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
  });

  it('applies the board’s filters across every office, and an office on either side', async () => {
    const me = await owner();
    const tokyoAichi = await makePair(kit, { sendingJsic: 'D', receivingJsic: 'I' });
    const osakaTokyo = await makePair(kit, {
      sendingOfficeCode: '27',
      receivingOfficeCode: '13',
      receivingJsic: 'D',
    });
    const a = await makeCase(kit, {
      pair: tokyoAichi,
      sendingConsultantId: me.id,
      stage: CaseStage.INTER_COMPANY_MEETING,
      enteredAgo: '40 days',
    });
    const b = await makeCase(kit, {
      pair: osakaTokyo,
      sendingConsultantId: me.id,
      moveType: MoveType.TRANSFER,
    });
    const closed = await makeCase(kit, {
      pair: osakaTokyo,
      sendingConsultantId: me.id,
      stage: CaseStage.NOT_ESTABLISHED,
    });
    const of = async (filter: CaseFilter) => ids(await list({ consultantId: me.id, ...filter })).sort();

    expect(await of({})).toEqual([a.id, b.id].sort());
    expect(await of({ includeClosed: true })).toEqual([a.id, b.id, closed.id].sort());
    expect(await of({ officeId: await officeId(kit.dataSource, '13') })).toEqual([a.id, b.id].sort());
    expect(await of({ officeId: await officeId(kit.dataSource, '27') })).toEqual([b.id]);
    expect(await of({ officeId: await officeId(kit.dataSource, '23') })).toEqual([a.id]);
    expect(await of({ moveType: MoveType.TRANSFER })).toEqual([b.id]);
    expect(await of({ jsicMajorCode: 'd' })).toEqual([a.id, b.id].sort());
    expect(await of({ jsicMajorCode: 'I' })).toEqual([a.id]);
    expect(await of({ companyId: osakaTokyo.sendingCompanyId, includeClosed: true })).toEqual(
      [b.id, closed.id].sort(),
    );
    expect(await of({ stages: [CaseStage.INTER_COMPANY_MEETING], stuckForMoreThanDays: 30 })).toEqual([a.id]);
    expect(await of({ stuckForMoreThanDays: 41 })).toEqual([]);
    expect(await of({ stages: [CaseStage.NOT_ESTABLISHED] })).toEqual([closed.id]);
  });

  it('refuses a tampered cursor, a cursor of another order and a bad page size', async () => {
    const me = await owner();
    const pair = await makePair(kit);
    await makeCase(kit, { pair, sendingConsultantId: me.id });
    await makeCase(kit, { pair, sendingConsultantId: me.id });
    const page = await list({ consultantId: me.id }, null, 1);
    const byNumber = { field: CaseSortField.CASE_NUMBER, direction: CaseSortDirection.ASC };
    for (const [sort, after] of [
      [null, 'not-a-cursor'],
      [byNumber, page.pageInfo.endCursor],
      [null, Buffer.from(JSON.stringify(['STAGE_AGE:DESC', '1; DROP TABLE', 'x'])).toString('base64url')],
    ] as const) {
      await expect(list({ consultantId: me.id }, sort, 1, after)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const tooMany = await refusal(list({ consultantId: me.id }, null, 101));
    expect(tooMany.code).toBe(CaseExceptionCode.INVALID_INPUT);
    expect(tooMany.fields.map((f) => f.field)).toEqual(['first']);
  });

  it('refuses executives and partners even when called directly', async () => {
    for (const role of [Role.EXECUTIVE, Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      const refused = await refusal(kit.lists.list(staffUser(role), {}, null, { first: 10 }));
      expect({ role, code: refused.code }).toEqual({ role, code: CaseExceptionCode.CASES_NOT_READABLE });
    }
  });
});
