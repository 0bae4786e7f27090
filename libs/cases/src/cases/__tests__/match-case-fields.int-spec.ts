// A ranked pair over GraphQL as the matches screen reads it: whole points that add up, the moves the pair can be,
// and, once taken up and opened, the case to link to (from both sides).
import { MatchingModule } from '@kakehashi/matching';
import { insertOfferPair } from '../../__tests__/case-test-kit';
import { startBoardKit, type BoardKit } from '../../board/__tests__/board-test-kit';

interface RankedItem {
  receivingOfferId?: string;
  sendingOfferId?: string;
  rank: number;
  score: number;
  scorePoints: number;
  moveTypes: string[];
  takenUpDecisionId: string | null;
  caseId: string | null;
  dismissed: boolean;
  factors: { factor: string; label: string; contribution: number; points: number; maxPoints: number }[];
}

const ITEM = `rank score scorePoints moveTypes takenUpDecisionId caseId dismissed
  factors { factor label contribution points maxPoints }`;

const FOR_SENDING = `query ($id: ID!, $filters: MatchFiltersInput) {
  matchesForSendingOffer(id: $id, first: 100, filters: $filters) { items { receivingOfferId ${ITEM} } }
}`;

const FOR_RECEIVING = `query ($id: ID!, $filters: MatchFiltersInput) {
  matchesForReceivingOffer(id: $id, first: 100, filters: $filters) { items { sendingOfferId ${ITEM} } }
}`;

const TAKE_UP = `mutation ($input: TakeUpMatchInput!) { takeUpMatch(input: $input) { id } }`;
const CREATE_CASE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`;

const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);

describe('a ranked pair as the matches screen reads it', () => {
  let kit: BoardKit;
  let pair: Awaited<ReturnType<typeof insertOfferPair>>;

  // 長崎 → 佐賀: no other test places offers there, so the filters leave few counterparts to rank.
  beforeAll(async () => {
    kit = await startBoardKit([MatchingModule]);
    pair = await insertOfferPair(kit.dataSource, { sendingOfficeCode: '42', receivingOfficeCode: '41' });
  });
  afterAll(() => kit?.close());

  async function forSending(): Promise<RankedItem> {
    const response = await kit.client.gql<{ matchesForSendingOffer: { items: RankedItem[] } }>(
      kit.hq,
      FOR_SENDING,
      {
        id: pair.sendingOfferId,
        filters: { prefectureCodes: ['41'] },
      },
    );
    expect(response.errors).toBeUndefined();
    const items = response.data!.matchesForSendingOffer.items;
    const item = items.find((each) => each.receivingOfferId === pair.receivingOfferId);
    if (!item) throw new Error('the pair must be ranked');
    return item;
  }

  async function forReceiving(): Promise<RankedItem | undefined> {
    const response = await kit.client.gql<{ matchesForReceivingOffer: { items: RankedItem[] } }>(
      kit.hq,
      FOR_RECEIVING,
      {
        id: pair.receivingOfferId,
        filters: { prefectureCodes: ['42'] },
      },
    );
    expect(response.errors).toBeUndefined();
    const items = response.data!.matchesForReceivingOffer.items;
    return items.find((each) => each.sendingOfferId === pair.sendingOfferId);
  }

  it('gives the score in whole points, with factor points that add up to it', async () => {
    const item = await forSending();
    expect(Number.isInteger(item.scorePoints)).toBe(true);
    expect(Math.abs(item.scorePoints - item.score * 100)).toBeLessThanOrEqual(0.5);
    const factors = item.factors;
    expect(sum(factors.map((f) => f.points))).toBe(item.scorePoints);
    expect(sum(factors.map((f) => f.maxPoints))).toBe(100);
    for (const f of factors) {
      expect(Number.isInteger(f.points)).toBe(true);
      expect(f.points).toBeLessThanOrEqual(f.maxPoints);
      expect(f.label).toMatch(/^[^A-Za-z]+$/);
    }
  });

  it('names the moves the pair can be (both here: the sender takes either, the receiver accepts both)', async () => {
    expect((await forSending()).moveTypes).toEqual(['SECONDMENT', 'TRANSFER']);
    const onlySecondment = await insertOfferPair(kit.dataSource, {
      sendingOfficeCode: '42',
      receivingOfficeCode: '41',
      acceptsTransfer: false,
    });
    const response = await kit.client.gql<{ matchesForSendingOffer: { items: RankedItem[] } }>(
      kit.hq,
      FOR_SENDING,
      {
        id: onlySecondment.sendingOfferId,
        filters: { prefectureCodes: ['41'] },
      },
    );
    const items = response.data!.matchesForSendingOffer.items;
    const item = items.find((each) => each.receivingOfferId === onlySecondment.receivingOfferId);
    expect(item?.moveTypes).toEqual(['SECONDMENT']);
  });

  it('links a taken-up pair to the case opened from it, from either side', async () => {
    expect(await forSending()).toMatchObject({ takenUpDecisionId: null, caseId: null });

    const takeUp = await kit.client.gql<{ takeUpMatch: { id: string } }>(kit.hq, TAKE_UP, {
      input: { sendingOfferId: pair.sendingOfferId, receivingOfferId: pair.receivingOfferId, people: 1 },
    });
    const decisionId = takeUp.data!.takeUpMatch.id;
    expect(await forSending()).toMatchObject({ takenUpDecisionId: decisionId, caseId: null });

    const opened = await kit.client.gql<{ createCase: { id: string } }>(kit.hq, CREATE_CASE, {
      input: { matchDecisionId: decisionId, moveType: 'SECONDMENT' },
    });
    expect(opened.errors).toBeUndefined();
    const caseId = opened.data!.createCase.id;
    expect(await forSending()).toMatchObject({ takenUpDecisionId: decisionId, caseId });
    expect(await forReceiving()).toMatchObject({ takenUpDecisionId: decisionId, caseId });
  });
});
