// The matching both ways with its explanations: openings ranked for a registrant and registrants for an opening.
// The openings of these tests are in a prefecture no other test file uses (Shimane, 32), and the registrants,
// registered by the Shimane office's consultant, accept only it: the rankings hold only this file's data although the
// database is shared (a consultant ranks only their own office's registrants).

import { shimaneScene } from './shimane-scene';
import { addDays } from '@kakehashi/calendar';
import { ok, reasonOf } from './talent-bank-kit';

const BOOKKEEPING = { label: '日商簿記2級', key: '日商簿記2級' };

interface Match {
  rank: number;
  score: number;
  reasons: string[];
  gaps: string[];
  notes: string[];
  factors: { factor: string; label: string; weight: number; value: number; contribution: number }[];
}

interface OpeningsForRegistrant {
  talentBankOpeningsForRegistrant: {
    registrantId: string;
    openingsScored: number;
    items: (Match & {
      receivingOfferId: string;
      opening: { workingStyle: string; receivingOffer: { jobTitle: string } };
    })[];
  };
}

interface RegistrantsForOpening {
  talentBankRegistrantsForOpening: {
    items: {
      rank: number;
      registrantId: string;
      score: number;
      gaps: string[];
      registrant: { id: string; status: string };
    }[];
  };
}

describe('matching', () => {
  const scene = shimaneScene();
  const { opening, registrant: shimaneRegistrant } = scene;

  it('ranks openings for a registrant by the senior factors, explaining each, within the places the registrant accepts', async () => {
    const best = await opening(
      { occupationCode: 'C', requiredSkills: [BOOKKEEPING], startBy: addDays(scene.today, 30) },
      {
        workingStyle: 'PART_TIME',
        daysPerWeek: 3,
        hoursPerDay: 6,
        physicalDemand: 'LIGHT',
        wageMin: 170000,
        wageMax: 200000,
      },
    );
    const fullTime = await opening(
      { occupationCode: 'C', startBy: addDays(scene.today, 30) },
      {
        workingStyle: 'FULL_TIME',
        daysPerWeek: 5,
        hoursPerDay: 8,
        physicalDemand: 'LIGHT',
        wageMin: 200000,
        wageMax: 220000,
      },
    );
    const heavy = await opening(
      { occupationCode: 'K', monthlyWage: 140000 },
      { workingStyle: 'FULL_TIME', daysPerWeek: 5, hoursPerDay: 8, physicalDemand: 'HEAVY' },
    );
    // Elsewhere (the registrant works only in Shimane) and full (no place left): never offered.
    await opening({ prefectureCode: '31' }, { workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' });
    const full = await opening({}, { workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' });
    await scene.kit.dataSource.query(
      `UPDATE "receiving_offers" SET "people_remaining" = 0, "status" = 'CLOSED' WHERE "id" = $1`,
      [full.id],
    );

    const registrant = await shimaneRegistrant();
    const result = ok(
      await scene.kit.gql<OpeningsForRegistrant>(
        scene.shimane,
        `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) {
          registrantId openingsScored
          items { rank receivingOfferId score reasons gaps notes factors { factor label weight value contribution }
                  opening { workingStyle receivingOffer { jobTitle } } }
        } }`,
        { id: registrant.id },
      ),
    ).talentBankOpeningsForRegistrant;
    const mine = result.items.filter((i) => [best.id, fullTime.id, heavy.id].includes(i.receivingOfferId));
    expect(result.items.map((i) => i.receivingOfferId)).toEqual([best.id, fullTime.id, heavy.id]);
    expect(result.openingsScored).toBe(3);
    expect(mine.map((i) => i.rank)).toEqual([1, 2, 3]);
    const [top, middle, last] = mine;
    expect(top.score).toBeGreaterThan(middle.score);
    expect(middle.score).toBeGreaterThan(last.score);
    expect(top.reasons).toEqual(
      expect.arrayContaining([
        '希望職種に合う（事務従事者）',
        '勤務地が居住地と同じ都道府県（島根県）',
        '必須資格・スキル「日商簿記2級」を保有',
        '賃金（月額17万円〜20万円）が希望（月額18万円）以上',
      ]),
    );
    expect(middle.gaps).toEqual(
      expect.arrayContaining([
        '希望は短時間勤務（パートタイム）、求人はフルタイム',
        '勤務日数が希望より多い（週5日、希望は週3日まで）',
      ]),
    );
    expect(last.gaps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^身体的負担が対応できる程度を超える/),
        '賃金（月額14万円）が希望（月額18万円）を下回る',
      ]),
    );
    for (const item of mine) {
      const sum = item.factors.reduce((a, f) => a + f.contribution, 0);
      expect(sum).toBeCloseTo(item.score, 10);
    }
    expect(top.factors.map((f) => f.label)).toEqual([
      '希望職種',
      '勤務地',
      '勤務形態',
      '勤務日数・時間',
      '身体的負担',
      '希望賃金',
      '必須資格・スキル',
      '歓迎資格・スキル',
      '就業可能日',
    ]);
  });

  it('ranks active registrants for an opening, best fit first, leaving out closed ones', async () => {
    const offer = await opening(
      { occupationCode: 'C' },
      {
        workingStyle: 'PART_TIME',
        daysPerWeek: 3,
        hoursPerDay: 6,
        physicalDemand: 'LIGHT',
        wageMax: 190000,
      },
    );
    const fits = await shimaneRegistrant();
    const wantsMore = await shimaneRegistrant({ monthlyWage: 300000, occupationCodes: ['H'] });
    const withdrawn = await shimaneRegistrant();
    ok(
      await scene.kit.gql<{ withdrawTalentBankConsent: { status: string } }>(
        scene.shimane,
        `mutation ($input: WithdrawTalentBankConsentInput!) { withdrawTalentBankConsent(input: $input) { status } }`,
        {
          input: { registrantId: withdrawn.id, expectedVersion: withdrawn.version, withdrawnOn: scene.today },
        },
      ),
    );
    const ranked = ok(
      await scene.kit.gql<RegistrantsForOpening>(
        scene.shimane,
        `query ($id: ID!) { talentBankRegistrantsForOpening(receivingOfferId: $id, first: 50) { items { rank registrantId score gaps registrant { id status } } } }`,
        { id: offer.id },
      ),
    ).talentBankRegistrantsForOpening.items.filter((i) =>
      [fits.id, wantsMore.id, withdrawn.id].includes(i.registrantId),
    );
    expect(ranked.map((i) => i.registrantId)).toEqual([fits.id, wantsMore.id]);
    expect(ranked[1].gaps).toEqual(
      expect.arrayContaining(['賃金（月額19万円）が希望（月額30万円）を下回る']),
    );
    const closed = await scene.kit.gql(
      scene.shimane,
      `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) { openingsScored } }`,
      {
        id: withdrawn.id,
      },
    );
    expect(reasonOf(closed)).toBe('REGISTRATION_CLOSED');
  });
});
