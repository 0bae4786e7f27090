import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { FactorKey } from '../../engine/factor-weights';
import { MatchingException, MatchingExceptionCode } from '../../matching.exception';
import { FindMatchesService } from '../../matches/services/find-matches.service';
import {
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  matchingTestingModule,
  uniqueTag,
} from '../../__tests__/matching-test-kit';
import { MatchingSettingsService } from '../matching-settings.service';
import { PreviewMatchingSettingsService } from '../preview-matching-settings.service';

async function refusal(promise: Promise<unknown>): Promise<MatchingException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MatchingException) return error;
    throw error;
  }
  throw new Error('expected the preview to be refused');
}

/** One factor outweighing all the others (which keep the weights in force). */
const leaning = (factor: FactorKey) => ({ weights: [{ factor, weight: 100 }] });

// 鹿児島 (46): the sender's prefecture, where one receiver works; the other receiver shares the sender's job title
// (made unique by the tag) but works in 北海道 (01).
describe('previewMatchingSettings (PostgreSQL, live index)', () => {
  let moduleRef: TestingModule;
  let previews: PreviewMatchingSettingsService;
  let settings: MatchingSettingsService;
  let matches: FindMatchesService;
  let sendingId: string;
  let nearby: string;
  let sameWork: string;
  const tag = uniqueTag();

  beforeAll(async () => {
    moduleRef = await matchingTestingModule();
    const ds = moduleRef.get(DataSource);
    previews = moduleRef.get(PreviewMatchingSettingsService);
    settings = moduleRef.get(MatchingSettingsService);
    matches = moduleRef.get(FindMatchesService);
    sendingId = await insertSendingOffer(ds, {
      companyId: await insertCompany(ds, { prefectureCode: '46' }),
      officeCode: '46',
      occupationCode: 'H',
      jobTitle: `桜島精機の検査工程${tag}`,
    });
    nearby = await insertReceivingOffer(ds, {
      companyId: await insertCompany(ds, { prefectureCode: '46' }),
      officeCode: '46',
      workplacePrefectureCode: '46',
      occupationCode: 'H',
      jobTitle: '物流センターの仕分け',
    });
    sameWork = await insertReceivingOffer(ds, {
      companyId: await insertCompany(ds, { prefectureCode: '01' }),
      officeCode: '01',
      workplacePrefectureCode: '01',
      occupationCode: 'H',
      jobTitle: `桜島精機の検査工程${tag}`,
    });
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  const rankOf = (list: { receivingOfferId: string; rank: number }[], id: string) =>
    list.find((row) => row.receivingOfferId === id)?.rank ?? Number.POSITIVE_INFINITY;

  it('ranks the top ten both ways: the place outweighing all puts the nearby job first, the work the same job', async () => {
    const byPlace = await previews.preview(sendingId, leaning(FactorKey.REGION));
    expect(rankOf(byPlace.proposed, nearby)).toBeLessThan(rankOf(byPlace.proposed, sameWork));
    const byWork = await previews.preview(sendingId, leaning(FactorKey.TEXT));
    expect(rankOf(byWork.proposed, sameWork)).toBe(1);
    expect(rankOf(byWork.proposed, sameWork)).toBeLessThan(rankOf(byWork.proposed, nearby));
    expect(byWork.proposed.length).toBeLessThanOrEqual(10);
    // Each row says where it stands in the other list.
    for (const row of byWork.proposed) {
      expect(row.proposedRank).toBe(row.rank);
      expect(row.currentRank).toBe(
        rankOf(byWork.current, row.receivingOfferId) === Number.POSITIVE_INFINITY
          ? null
          : rankOf(byWork.current, row.receivingOfferId),
      );
    }
  });

  it('shows as "current" exactly the top ten a consultant sees, and saves nothing', async () => {
    const before = await settings.current();
    const preview = await previews.preview(sendingId, leaning(FactorKey.TEXT));
    const seen = await matches.forSendingOffer(sendingId, 10);
    expect(preview.current.map((row) => [row.receivingOfferId, row.scorePoints])).toEqual(
      seen.items.map((item) => [item.receivingOfferId, item.scorePoints]),
    );
    expect(await settings.current()).toEqual(before);
    // The live index ranks under the settings in force again.
    const again = await matches.forSendingOffer(sendingId, 10);
    expect(again.items.map((item) => item.receivingOfferId)).toEqual(
      seen.items.map((i) => i.receivingOfferId),
    );
  });

  it('refuses weights that are all zero at the field, and an unknown offer as not found', async () => {
    const zero = await refusal(
      previews.preview(sendingId, {
        weights: Object.values(FactorKey).map((factor) => ({ factor, weight: 0 })),
      }),
    );
    expect(zero.code).toBe(MatchingExceptionCode.INVALID_INPUT);
    expect(zero.fields.map((f) => f.field)).toEqual(['input.weights']);
    const missing = await refusal(previews.preview('00000000-0000-4000-8000-00000000beef', {}));
    expect(missing.code).toBe(MatchingExceptionCode.OFFER_NOT_FOUND);
  });
});
