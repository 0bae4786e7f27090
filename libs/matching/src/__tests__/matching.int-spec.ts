import { Role } from '@kakehashi/authz';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DismissalReason, MatchDecisionKind } from '../decisions/match-decision.entity';
import { DecideMatchService } from '../decisions/services/decide-match.service';
import { FactorKey } from '../engine/factor-weights';
import { MatchingException, MatchingExceptionCode } from '../matching.exception';
import type { MatchFiltersInput } from '../matches/dtos/match-filters.input';
import type { ReceivingOfferMatchesModel } from '../matches/match.models';
import { FindMatchesService } from '../matches/services/find-matches.service';
import { MatchingSettingsService } from '../settings/matching-settings.service';
import { UpdateMatchingSettingsService } from '../settings/update-matching-settings.service';
import {
  consultantOf,
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  matchingTestingModule,
  officeIdOf,
  staffUser,
  uniqueTag,
} from './matching-test-kit';

async function refusal(promise: Promise<unknown>): Promise<MatchingException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MatchingException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

// 鳥取・島根・岡山 and 建設・採掘 (J): no other matching test uses them, so the relative order of this file's offers
// is all that the filters leave to compare.
const AREA: MatchFiltersInput = { prefectureCodes: ['31', '32', '33'], occupationCodes: ['J'] };

describe('matching through the live index (PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let ds: DataSource;
  let matches: FindMatchesService;
  let decide: DecideMatchService;
  const tag = uniqueTag();

  let sendingId: string;
  let sendingCompanyId: string;
  let fitting: string;
  let missingLicence: string;
  let transferOnly: string;

  const ranked = (result: ReceivingOfferMatchesModel, ids: string[]) =>
    result.items.filter((m) => ids.includes(m.receivingOfferId)).map((m) => m.receivingOfferId);

  beforeAll(async () => {
    moduleRef = await matchingTestingModule();
    ds = moduleRef.get(DataSource);
    matches = moduleRef.get(FindMatchesService);
    decide = moduleRef.get(DecideMatchService);

    sendingCompanyId = await insertCompany(ds, { prefectureCode: '31', jsicMajorCode: 'E' });
    sendingId = await insertSendingOffer(ds, {
      companyId: sendingCompanyId,
      officeCode: '31',
      occupationCode: 'J',
      jobTitle: `重機オペレーター ${tag}`,
      skills: ['大型特殊自動車免許', '玉掛け'],
      people: 2,
      desiredPeriodMonths: 12,
    });
    const receiver = () => insertCompany(ds, { prefectureCode: '31', jsicMajorCode: 'D' });
    fitting = await insertReceivingOffer(ds, {
      companyId: await receiver(),
      officeCode: '31',
      workplacePrefectureCode: '31',
      occupationCode: 'J',
      jobTitle: `重機オペレーター ${tag}`,
      duties: '造成現場での重機の運転と玉掛け作業',
      requiredSkills: ['大型特殊自動車免許'],
      people: 2,
      periodMonths: 12,
    });
    missingLicence = await insertReceivingOffer(ds, {
      companyId: await receiver(),
      officeCode: '32',
      workplacePrefectureCode: '32',
      occupationCode: 'J',
      jobTitle: '現場作業員',
      requiredSkills: ['通関士'],
      people: 1,
      periodMonths: 6,
    });
    transferOnly = await insertReceivingOffer(ds, {
      companyId: await receiver(),
      officeCode: '31',
      workplacePrefectureCode: '31',
      occupationCode: 'J',
      jobTitle: `重機オペレーター ${tag}`,
      requiredSkills: ['大型特殊自動車免許'],
      acceptsSecondment: false,
      acceptsTransfer: true,
    });
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  it('ranks the fitting receiver first, explains every factor in Japanese, and never suggests an impossible move', async () => {
    const result = await matches.forSendingOffer(sendingId, 100, AREA);
    expect(ranked(result, [fitting, missingLicence, transferOnly])).toEqual([fitting, missingLicence]);

    const best = result.items.find((m) => m.receivingOfferId === fitting);
    const weak = result.items.find((m) => m.receivingOfferId === missingLicence);
    if (!best || !weak) throw new Error('both receivers must be ranked');
    expect(best.score).toBeGreaterThan(weak.score);
    expect(best.score).toBeLessThanOrEqual(1);
    expect(best.factors.map((f) => f.factor).sort()).toEqual(Object.values(FactorKey).sort());
    const sum = best.factors.reduce((total, f) => total + f.contribution, 0);
    expect(sum).toBeCloseTo(best.score, 10);
    expect(best.reasons.join('\n')).toContain('大型特殊自動車免許');
    expect(weak.gaps.join('\n')).toContain('通関士');
    expect(best.factors.every((f) => f.label.length > 0)).toBe(true);
  });

  it('never suggests a company’s own receiving offer to its sending offer', async () => {
    const own = await insertReceivingOffer(ds, {
      companyId: sendingCompanyId,
      officeCode: '31',
      workplacePrefectureCode: '31',
      occupationCode: 'J',
      jobTitle: `重機オペレーター ${tag}`,
      requiredSkills: ['大型特殊自動車免許'],
      people: 2,
    });
    const result = await matches.forSendingOffer(sendingId, 100, AREA);
    expect(result.items.map((m) => m.receivingOfferId)).not.toContain(own);
    const reverse = await matches.forReceivingOffer(own, 100, AREA);
    expect(reverse.items.map((m) => m.sendingOfferId)).not.toContain(sendingId);
    await ds.query(`UPDATE "receiving_offers" SET "status" = 'CLOSED' WHERE "id" = $1`, [own]);
  });

  it('sees an offer written a moment ago, and forgets one that closed', async () => {
    await matches.forSendingOffer(sendingId, 5, AREA); // the index is loaded before the write
    const newer = await insertReceivingOffer(ds, {
      companyId: await insertCompany(ds, { prefectureCode: '31' }),
      officeCode: '31',
      workplacePrefectureCode: '31',
      occupationCode: 'J',
      jobTitle: `重機オペレーター ${tag}`,
      duties: '造成現場での重機の運転と玉掛け作業',
      requiredSkills: ['大型特殊自動車免許', '玉掛け'],
      people: 2,
      periodMonths: 12,
    });
    const after = await matches.forSendingOffer(sendingId, 100, AREA);
    expect(after.items.map((m) => m.receivingOfferId)).toContain(newer);

    await ds.query(`UPDATE "receiving_offers" SET "status" = 'CLOSED' WHERE "id" = $1`, [newer]);
    const closed = await matches.forSendingOffer(sendingId, 100, AREA);
    expect(closed.items.map((m) => m.receivingOfferId)).not.toContain(newer);
  });

  it('follows a change of the sending company: a move out of the prefecture lowers the region fit', async () => {
    const region = async () => {
      const result = await matches.forSendingOffer(sendingId, 100, AREA);
      const match = result.items.find((m) => m.receivingOfferId === fitting);
      return match?.factors.find((f) => f.factor === FactorKey.REGION)?.value;
    };
    const before = await region();
    await ds.query(`UPDATE "companies" SET "prefecture_code" = '27' WHERE "id" = $1`, [sendingCompanyId]);
    try {
      const after = await region();
      expect(before).toBeDefined();
      expect(after).toBeDefined();
      expect(after as number).toBeLessThan(before as number);
    } finally {
      await ds.query(`UPDATE "companies" SET "prefecture_code" = '31' WHERE "id" = $1`, [sendingCompanyId]);
    }
  });

  it('ranks the other way round too: sending offers for a receiving offer', async () => {
    const result = await matches.forReceivingOffer(fitting, 100, AREA);
    expect(result.items.map((m) => m.sendingOfferId)).toContain(sendingId);
    const mine = result.items.find((m) => m.sendingOfferId === sendingId);
    const forward = await matches.forSendingOffer(sendingId, 100, AREA);
    // The same pair scores the same whichever side asks.
    expect(mine?.score).toBe(forward.items.find((m) => m.receivingOfferId === fitting)?.score);
  });

  it('dismisses a suggestion with a reason so it is not suggested again, and can undo it', async () => {
    const consultant = consultantOf(await officeIdOf(ds, '32'));
    const dismissed = await decide.dismiss(consultant, {
      sendingOfferId: sendingId,
      receivingOfferId: missingLicence,
      reasonCode: DismissalReason.SKILLS_MISMATCH,
      reason: '通関士の資格者がいない',
    });
    expect(dismissed.decision).toBe(MatchDecisionKind.DISMISSED);
    expect(dismissed.decidedByUserId).toBe(consultant.id);

    const hidden = await matches.forSendingOffer(sendingId, 100, AREA);
    expect(hidden.items.map((m) => m.receivingOfferId)).not.toContain(missingLicence);
    const shown = await matches.forSendingOffer(sendingId, 100, { ...AREA, includeDismissed: true });
    expect(shown.items.find((m) => m.receivingOfferId === missingLicence)?.dismissed).toBe(true);

    const restored = await decide.restore(consultant, {
      sendingOfferId: sendingId,
      receivingOfferId: missingLicence,
    });
    // The answer is the pair as it is now (no longer dismissed), naming the dismissal it undid.
    expect(restored).toMatchObject({
      sendingOfferId: sendingId,
      receivingOfferId: missingLicence,
      dismissed: false,
      restoredByUserId: consultant.id,
      undoneDismissal: { id: dismissed.id, reasonCode: DismissalReason.SKILLS_MISMATCH },
    });
    const back = await matches.forSendingOffer(sendingId, 100, AREA);
    expect(back.items.map((m) => m.receivingOfferId)).toContain(missingLicence);
  });

  it('asks for the reason text when the reason is OTHER', async () => {
    const error = await refusal(
      decide.dismiss(consultantOf(await officeIdOf(ds, '31')), {
        sendingOfferId: sendingId,
        receivingOfferId: missingLicence,
        reasonCode: DismissalReason.OTHER,
        reason: '  ',
      }),
    );
    expect(error.code).toBe(MatchingExceptionCode.INVALID_INPUT);
    expect(error.fields.map((f) => f.field)).toEqual(['input.reason']);
  });

  it('takes up a suggestion once, recording who proposed what with the score as seen', async () => {
    const consultant = consultantOf(await officeIdOf(ds, '31'));
    const first = await decide.takeUp(consultant, {
      sendingOfferId: sendingId,
      receivingOfferId: fitting,
      note: '来週、企業間面談を設定',
    });
    expect(first.people).toBe(2);
    expect(first.reason).toBe('来週、企業間面談を設定');
    const ranking = await matches.forSendingOffer(sendingId, 100, AREA);
    const shown = ranking.items.find((m) => m.receivingOfferId === fitting);
    expect(shown?.takenUpDecisionId).toBe(first.id);
    expect(first.score).toBe(shown?.score);

    const again = await decide.takeUp(consultant, { sendingOfferId: sendingId, receivingOfferId: fitting });
    expect(again.id).toBe(first.id);

    const conflict = await refusal(
      decide.dismiss(consultant, {
        sendingOfferId: sendingId,
        receivingOfferId: fitting,
        reasonCode: DismissalReason.CONDITIONS,
      }),
    );
    expect(conflict.code).toBe(MatchingExceptionCode.ALREADY_DECIDED);
  });

  it('refuses to take up an impossible pair or more people than both sides have', async () => {
    const consultant = consultantOf(await officeIdOf(ds, '31'));
    const excluded = await refusal(
      decide.takeUp(consultant, { sendingOfferId: sendingId, receivingOfferId: transferOnly }),
    );
    expect(excluded.code).toBe(MatchingExceptionCode.PAIR_EXCLUDED);

    const tooMany = await refusal(
      decide.takeUp(consultant, { sendingOfferId: sendingId, receivingOfferId: missingLicence, people: 2 }),
    );
    expect(tooMany.code).toBe(MatchingExceptionCode.INVALID_INPUT);
    expect(tooMany.fields[0].field).toBe('input.people');
  });

  it('lets only consultants of an office involved decide on a pair', async () => {
    const hokkaido = consultantOf(await officeIdOf(ds, '01'));
    const error = await refusal(
      decide.dismiss(hokkaido, {
        sendingOfferId: sendingId,
        receivingOfferId: missingLicence,
        reasonCode: DismissalReason.LOCATION,
      }),
    );
    expect(error.code).toBe(MatchingExceptionCode.OUTSIDE_OFFICE_SCOPE);
    const rows = await ds.query<unknown[]>(
      `SELECT 1 FROM "match_decisions" WHERE "sending_offer_id" = $1 AND "receiving_offer_id" = $2`,
      [sendingId, missingLicence],
    );
    expect(rows).toHaveLength(0);
  });

  it('reports a missing offer as not found', async () => {
    const error = await refusal(matches.forSendingOffer('00000000-0000-4000-8000-00000000dead', 5));
    expect(error.code).toBe(MatchingExceptionCode.OFFER_NOT_FOUND);
  });

  it('applies an administrator’s new weights to the next ranking and refuses a stale edit', async () => {
    const settings = moduleRef.get(MatchingSettingsService);
    const updates = moduleRef.get(UpdateMatchingSettingsService);
    const admin = staffUser(Role.ADMIN);
    const before = await settings.current();
    try {
      const updated = await updates.update(admin, {
        expectedVersion: before.version,
        weights: [{ factor: FactorKey.REGION, weight: 5 }],
      });
      expect(updated.version).toBe(before.version + 1);
      expect(updated.weights.REGION).toBe(5);
      const result = await matches.forSendingOffer(sendingId, 100, AREA);
      const region = result.items[0].factors.find((f) => f.factor === FactorKey.REGION);
      expect(region?.weight).toBeCloseTo(5 / Object.values(updated.weights).reduce((a, b) => a + b, 0), 10);

      const stale = await refusal(
        updates.update(admin, { expectedVersion: before.version, excludeMissingRequired: true }),
      );
      expect(stale.code).toBe(MatchingExceptionCode.STALE_VERSION);
      expect((await settings.current()).excludeMissingRequired).toBe(before.excludeMissingRequired);
    } finally {
      const now = await settings.current();
      await updates.update(admin, {
        expectedVersion: now.version,
        weights: Object.entries(before.weights).map(([factor, weight]) => ({
          factor: factor as FactorKey,
          weight,
        })),
        excludeMissingRequired: before.excludeMissingRequired,
      });
    }
  });
});
