import { Role } from '@kakehashi/authz';
import { RequestLoaders } from '@kakehashi/graphql-core';
import type { TestingModule } from '@nestjs/testing';
import { randomInt } from 'node:crypto';
import type { OfferFilter } from '../shared/offer-list';
import { MoveType, MoveTypeWanted, OfferStatus } from '../shared/offer-enums';
import type { ReceivingOfferEntity } from '../receiving-offers/receiving-offer.entity';
import type { SendingOfferEntity } from '../sending-offers/sending-offer.entity';
import {
  createCompany,
  officeId,
  offersTestingModule,
  offerServices,
  QueryCounter,
  receivingInput,
  sendingInput,
  staffUser,
  type OfferServices,
} from './test-kit';

describe('listing and filtering offers (services on PostgreSQL)', () => {
  const counter = new QueryCounter();
  let moduleRef: TestingModule;
  let s: OfferServices;
  // A year of its own: the range filter isolates this file's offers from the other files' in the shared database.
  // Years no other test file records offers in (the statistics tests use 2009 onwards).
  const year = 1930 + randomInt(40);
  const range = { receivedFrom: `${year}-01-01`, receivedTo: `${year}-12-31` };
  let tokyo: { id: string; owningOfficeId: string };
  let osaka: { id: string; owningOfficeId: string };
  const sending: SendingOfferEntity[] = [];
  const receiving: ReceivingOfferEntity[] = [];

  beforeAll(async () => {
    moduleRef = await offersTestingModule({ logger: counter });
    s = offerServices(moduleRef);
    const hq = staffUser(Role.HQ_COORDINATOR, await officeId(s.dataSource, 'HQ'));
    tokyo = await createCompany(s.dataSource, { officeCode: '13', prefectureCode: '13', jsicMajorCode: 'E' });
    osaka = await createCompany(s.dataSource, { officeCode: '27', prefectureCode: '27', jsicMajorCode: 'H' });
    const plans: [typeof tokyo, MoveTypeWanted, string, string][] = [
      [tokyo, MoveTypeWanted.SECONDMENT, 'H', `${year}-01-10`],
      [tokyo, MoveTypeWanted.EITHER, 'C', `${year}-02-10`],
      [osaka, MoveTypeWanted.TRANSFER, 'H', `${year}-03-10`],
      [osaka, MoveTypeWanted.SECONDMENT, 'C', `${year}-03-10`],
    ];
    for (const [company, moveType, occupationCode, receivedOn] of plans) {
      sending.push(
        await s.sendingWrites.create(hq, sendingInput(company.id, { moveType, occupationCode, receivedOn })),
      );
    }
    const receivingPlans: [typeof tokyo, MoveType[], string, string, string][] = [
      [tokyo, [MoveType.SECONDMENT], 'K', '23', `${year}-01-15`],
      [tokyo, [MoveType.SECONDMENT, MoveType.TRANSFER], 'K', '13', `${year}-02-15`],
      [osaka, [MoveType.TRANSFER], 'E', '27', `${year}-04-15`],
    ];
    for (const [company, moveTypes, occupationCode, workplacePrefectureCode, receivedOn] of receivingPlans) {
      receiving.push(
        await s.receivingWrites.create(
          hq,
          receivingInput(company.id, { moveTypes, occupationCode, workplacePrefectureCode, receivedOn }),
        ),
      );
    }
    const closed = await s.sendingWrites.update(hq, {
      id: sending[1].id,
      expectedVersion: 1,
      status: OfferStatus.CLOSED,
    });
    sending[1] = closed;
  });
  afterAll(() => moduleRef.close());

  const sendingIds = async (filter: OfferFilter) =>
    (await s.sendingSearch.list({ ...range, ...filter }, { first: 100 })).edges.map((e) => e.node.id);
  const receivingIds = async (filter: OfferFilter) =>
    (await s.receivingSearch.list({ ...range, ...filter }, { first: 100 })).edges.map((e) => e.node.id);
  const ids = (offers: { id: string }[], ...indexes: number[]) => indexes.map((i) => offers[i].id);

  it('lists newest received first (ties by id), within the received date range', async () => {
    const all = await sendingIds({});
    expect(all).toHaveLength(4);
    expect(all.slice(2)).toEqual(ids(sending, 1, 0));
    expect(new Set(all.slice(0, 2))).toEqual(new Set(ids(sending, 2, 3)));
    expect(all.slice(0, 2)).toEqual([...ids(sending, 2, 3)].sort().reverse());
    expect(await sendingIds({ receivedFrom: `${year}-02-10`, receivedTo: `${year}-02-28` })).toEqual(
      ids(sending, 1),
    );
  });

  it('narrows sending information by each filter', async () => {
    expect(await sendingIds({ status: OfferStatus.CLOSED })).toEqual(ids(sending, 1));
    expect(await sendingIds({ owningOfficeId: osaka.owningOfficeId })).toEqual(
      expect.arrayContaining(ids(sending, 2, 3)),
    );
    expect(await sendingIds({ owningOfficeId: osaka.owningOfficeId })).toHaveLength(2);
    expect(await sendingIds({ prefectureCode: '13' })).toEqual(ids(sending, 1, 0));
    expect(await sendingIds({ jsicMajorCode: 'h' })).toHaveLength(2);
    expect(await sendingIds({ occupationCode: 'C' })).toEqual(ids(sending, 3, 1));
    expect(await sendingIds({ companyId: tokyo.id })).toEqual(ids(sending, 1, 0));
    // A company open to either kind counts for both.
    expect((await sendingIds({ moveType: MoveType.SECONDMENT })).sort()).toEqual(
      ids(sending, 0, 1, 3).sort(),
    );
    expect((await sendingIds({ moveType: MoveType.TRANSFER })).sort()).toEqual(ids(sending, 1, 2).sort());
    expect(await sendingIds({ moveType: MoveType.TRANSFER, prefectureCode: '27' })).toEqual(ids(sending, 2));
  });

  it('narrows receiving information by each filter; prefecture is the workplace’s', async () => {
    expect(await receivingIds({})).toEqual(ids(receiving, 2, 1, 0));
    expect(await receivingIds({ prefectureCode: '23' })).toEqual(ids(receiving, 0));
    expect(await receivingIds({ moveType: MoveType.SECONDMENT })).toEqual(ids(receiving, 1, 0));
    expect(await receivingIds({ moveType: MoveType.TRANSFER })).toEqual(ids(receiving, 2, 1));
    expect(await receivingIds({ jsicMajorCode: 'H' })).toEqual(ids(receiving, 2));
    expect(await receivingIds({ occupationCode: 'k' })).toEqual(ids(receiving, 1, 0));
    expect(await receivingIds({ owningOfficeId: tokyo.owningOfficeId, status: OfferStatus.OPEN })).toEqual(
      ids(receiving, 1, 0),
    );
    expect(await receivingIds({ status: OfferStatus.CLOSED })).toEqual([]);
  });

  it('refuses malformed filter values with field errors', async () => {
    await expect(s.sendingSearch.list({ receivedFrom: '2026-02-30' }, { first: 1 })).rejects.toMatchObject({
      fields: [{ field: 'filter.receivedFrom', message: expect.any(String) }],
    });
    await expect(s.receivingSearch.list({ owningOfficeId: 'tokyo' }, { first: 1 })).rejects.toMatchObject({
      fields: [{ field: 'filter.owningOfficeId', message: expect.any(String) }],
    });
  });

  it('walks every offer exactly once through the cursors, even with ties and an offer added mid-walk', async () => {
    const hq = staffUser(Role.HQ_COORDINATOR, await officeId(s.dataSource, 'HQ'));
    const company = await createCompany(s.dataSource, { officeCode: '13' });
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      const offer = await s.sendingWrites.create(
        hq,
        sendingInput(company.id, { receivedOn: `${year}-06-${String(10 + (i % 3)).padStart(2, '0')}` }),
      );
      created.push(offer.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await s.sendingSearch.list({ companyId: company.id }, { first: 3, after });
      seen.push(...page.edges.map((e) => e.node.id));
      pages++;
      if (pages === 1) {
        // Older than everything listed so far: the keyset must still reach it, once.
        const late = await s.sendingWrites.create(
          hq,
          sendingInput(company.id, { receivedOn: `${year}-05-01` }),
        );
        created.push(late.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('refuses a tampered cursor with a field error', async () => {
    await expect(s.receivingSearch.list({}, { first: 1, after: 'not-a-cursor' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('loads the company, office, occupation and prefectures of a page in one query per table', async () => {
    // The first four months hold the offers made in beforeAll (the cursor walk adds more later in the year).
    const firstMonths = { ...range, receivedTo: `${year}-04-30` };
    const page = await s.sendingResolver.sendingOffers({ first: 100, filter: firstMonths });
    const loaders = new RequestLoaders();
    counter.reset();
    const resolved = await Promise.all(
      page.edges.map(async ({ node }) => ({
        company: await s.sendingRelations.company(node, loaders),
        office: await s.sendingRelations.owningOffice(node, loaders),
        occupation: await s.sendingRelations.occupation(node, loaders),
        prefectures: await s.sendingResolver.acceptablePrefectures(node, loaders),
      })),
    );
    expect(resolved).toHaveLength(4);
    expect(resolved.map((r) => r.company?.id).sort()).toEqual(
      [tokyo.id, tokyo.id, osaka.id, osaka.id].sort(),
    );
    expect(resolved.map((r) => r.occupation?.code).sort()).toEqual(['C', 'C', 'H', 'H']);
    expect(counter.selectsFrom('companies')).toBe(1);
    // Offices are read once per process (they never change): at most once per page.
    expect(counter.selectsFrom('offices')).toBeLessThanOrEqual(1);
    expect(counter.selectsFrom('occupation_major_groups')).toBe(1);

    const receivingPage = await s.receivingResolver.receivingOffers({ first: 100, filter: firstMonths });
    counter.reset();
    const workplaces = await Promise.all(
      receivingPage.edges.map(({ node }) => s.receivingResolver.workplacePrefecture(node, loaders)),
    );
    expect(workplaces.map((p) => p?.nameJa)).toEqual(['大阪府', '東京都', '愛知県']);
    expect(counter.selectsFrom('prefectures')).toBeLessThanOrEqual(1);
  });
});
