// Re-employments close the registration, fill a place of the opening, and feed talentBankOutcomes by fiscal year.
// The openings and registrants are in a prefecture no other test file uses (Tokushima, 36), registered by that
// office's consultant, in a fiscal year no other file records in, so the outcomes move only by this file's records
// although the database is shared.

import { shimaneScene } from './shimane-scene';
import { fiscalYearOf } from '../outcomes/outcomes.service';
import { insertReceivingOffer, ok, reasonOf } from './talent-bank-kit';

interface OutcomeFigures {
  fiscalYear: number;
  total: number;
  byMonth: { month: string; count: number }[];
  byOccupation: { occupationCode: string; occupationName: string; count: number }[];
  byEmploymentType: { employmentType: string; count: number }[];
}

interface Outcomes {
  talentBankOutcomes: OutcomeFigures;
}

interface Recorded {
  recordTalentBankReemployment: {
    status: string;
    closedOn: string | null;
    reemployment: {
      reemployedOn: string;
      jobTitle: string;
      occupationCode: string;
      employmentType: string;
      wageBand: string;
      employer: { id: string };
      occupation: { nameJa: string };
    } | null;
  };
}

describe('re-employment', () => {
  // Tokushima: a prefecture of its own (the matching tests take Shimane). And a fiscal year of its own, 20 years on:
  // the outcomes are national, and other files record re-employments today while this one compares before and after.
  const scene = shimaneScene('36', 240);
  const { opening, registrant: shimaneRegistrant } = scene;

  const RECORD = `mutation ($input: RecordTalentBankReemploymentInput!) {
    recordTalentBankReemployment(input: $input) {
      status closedOn reemployment { reemployedOn jobTitle occupationCode employmentType wageBand employer { id } occupation { nameJa } }
    }
  }`;
  const OUTCOMES = `query ($fy: Int!) { talentBankOutcomes(fiscalYear: $fy) {
    fiscalYear total byMonth { month count } byOccupation { occupationCode occupationName count } byEmploymentType { employmentType count }
  } }`;

  it('closes the registration, fills a place of the opening, and counts in the fiscal year by month and job type', async () => {
    const fy = fiscalYearOf(scene.today);
    const before = ok(
      await scene.kit.gql<Outcomes>(scene.users.executive, OUTCOMES, { fy }),
    ).talentBankOutcomes;
    const offer = await opening(
      { occupationCode: 'C', people: 1 },
      { workingStyle: 'PART_TIME', physicalDemand: 'LIGHT' },
    );
    const first = await shimaneRegistrant();
    const second = await shimaneRegistrant();
    const recorded = ok(
      await scene.kit.gql<Recorded>(scene.shimane, RECORD, {
        input: {
          registrantId: first.id,
          expectedVersion: first.version,
          reemployedOn: scene.today,
          employerCompanyId: offer.companyId,
          receivingOfferId: offer.id,
          jobTitle: '経理事務（パート）',
          occupationCode: 'C',
          employmentType: 'PART_TIME',
          wageBand: 'FROM_150K_TO_199K',
        },
      }),
    ).recordTalentBankReemployment;
    expect(recorded).toEqual({
      status: 'RE_EMPLOYED',
      closedOn: scene.today,
      reemployment: {
        reemployedOn: scene.today,
        // As typed: names and titles are stored as the consultant wrote them.
        jobTitle: '経理事務（パート）',
        occupationCode: 'C',
        employmentType: 'PART_TIME',
        wageBand: 'FROM_150K_TO_199K',
        employer: { id: offer.companyId },
        occupation: { nameJa: '事務従事者' },
      },
    });
    const [remaining] = await scene.kit.dataSource.query<{ left: number; status: string }[]>(
      `SELECT "people_remaining" AS "left", "status" FROM "receiving_offers" WHERE "id" = $1`,
      [offer.id],
    );
    expect(remaining).toEqual({ left: 0, status: 'CLOSED' });

    const otherCompany = await insertReceivingOffer(scene.kit.dataSource);
    const mismatch = await scene.kit.gql<Recorded>(scene.shimane, RECORD, {
      input: {
        registrantId: second.id,
        expectedVersion: second.version,
        reemployedOn: scene.today,
        employerCompanyId: otherCompany.companyId,
        receivingOfferId: offer.id,
        jobTitle: '清掃',
        occupationCode: 'K',
        employmentType: 'CONTRACT',
        wageBand: 'UNDER_150K',
      },
    });
    expect(mismatch.errors?.[0]?.extensions['fields']).toEqual([
      { field: 'input.receivingOfferId', message: 'シニア求人の企業と再就職先の企業が異なります。' },
    ]);
    ok(
      await scene.kit.gql<Recorded>(scene.users.hq, RECORD, {
        input: {
          registrantId: second.id,
          expectedVersion: second.version,
          reemployedOn: scene.today,
          employerCompanyId: otherCompany.companyId,
          jobTitle: '清掃スタッフ',
          occupationCode: 'K',
          employmentType: 'CONTRACT',
          wageBand: 'UNDER_150K',
        },
      }),
    );
    const twice = await scene.kit.gql<Recorded>(scene.shimane, RECORD, {
      input: {
        registrantId: second.id,
        expectedVersion: second.version + 1,
        reemployedOn: scene.today,
        employerCompanyId: otherCompany.companyId,
        jobTitle: '清掃スタッフ',
        occupationCode: 'K',
        employmentType: 'CONTRACT',
        wageBand: 'UNDER_150K',
      },
    });
    expect(reasonOf(twice)).toBe('REGISTRATION_CLOSED');

    const after = ok(
      await scene.kit.gql<Outcomes>(scene.users.executive, OUTCOMES, { fy }),
    ).talentBankOutcomes;
    expect(after.fiscalYear).toBe(fy);
    expect(after.byMonth.map((m) => m.month)).toHaveLength(12);
    expect(after.byMonth[0].month).toBe(`${fy}-04`);
    expect(after.byMonth[11].month).toBe(`${fy + 1}-03`);
    expect(after.total - before.total).toBe(2);
    const month = scene.today.slice(0, 7);
    const countIn = (o: OutcomeFigures, m: string) => o.byMonth.find((x) => x.month === m)!.count;
    expect(countIn(after, month) - countIn(before, month)).toBe(2);
    const occupation = (o: OutcomeFigures, code: string) =>
      o.byOccupation.find((x) => x.occupationCode === code)?.count ?? 0;
    expect(occupation(after, 'C') - occupation(before, 'C')).toBe(1);
    expect(occupation(after, 'K') - occupation(before, 'K')).toBe(1);
    expect(after.byOccupation.find((x) => x.occupationCode === 'K')!.occupationName).toBe(
      '運搬・清掃・包装等従事者',
    );
    const type = (o: OutcomeFigures, t: string) =>
      o.byEmploymentType.find((x) => x.employmentType === t)!.count;
    expect(type(after, 'CONTRACT') - type(before, 'CONTRACT')).toBe(1);
    expect(after.total).toBe(after.byMonth.reduce((a, m) => a + m.count, 0));
  });

  it('refuses a fiscal year out of range with a Japanese message', async () => {
    const response = await scene.kit.gql<Outcomes>(scene.users.executive, OUTCOMES, { fy: 1900 });
    expect(response.errors?.[0]?.extensions['fields']).toEqual([
      { field: 'fiscalYear', message: '年度は1987〜2100の西暦（4月始まりの年）で指定してください。' },
    ]);
  });
});
