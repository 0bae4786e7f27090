// The demo referrals are dated relative to the day they are loaded, and a scenario the rules refuse on some day would
// stop `npm start` on that day: every scenario is replayed here against the demo users and offers as the CSV files
// load them, at several moments (early morning, before the day's steps; late evening; the turn of a year and a leap
// day), and must give each partner a referral in every status. A scenario breaking a rule of the flow fails the replay.
import { Role, type AuthUser } from '@kakehashi/authz';
import { addDays } from '@kakehashi/calendar';
import { DemoClock, readSeedCsv } from '@kakehashi/database';
import { CompanySize, OfficeKind } from '@kakehashi/organisations';
import { ReferralAction, ReferralNeed, ReferralStatus } from '../../referral-enums';
import { offerKey, replayDemoReferral, type DemoReferralFacts } from './demo-referral-replay';
import {
  AICHI_OFFICE,
  CONVERTED_COMPANY,
  M_BRANCH,
  M_HQ,
  K_BRANCH,
  TOKYO_OFFICE,
} from './demo-referral-refs';
import { DemoReferralContext, type DemoReferralScenario } from './demo-referral-scenario';
import {
  accepted,
  assigned,
  convertedToSending,
  forwarded,
  returned,
  submitted,
} from './demo-referral-steps';
import { kShinkinReferrals } from './k-shinkin-referrals';
import { mBankReferrals } from './m-bank-referrals';

const sendingRows = readSeedCsv('demo/office-sending-offers.csv');
const M_BANK = '00000000-0000-4000-8000-000000000001';
const K_SHINKIN = '00000000-0000-4000-8000-000000000901';

/** The demo accounts of users.csv, their office named by its code. */
const users = new Map<string, AuthUser>(
  readSeedCsv('demo/users.csv').map((row) => [
    row['email'],
    {
      id: row['email'],
      email: row['email'],
      name: row['name'],
      role: row['role'] as Role,
      officeId: row['office_code'] || null,
      partnerInstitutionId: row['partner_institution_id'] || null,
      partnerBranchId: row['partner_branch_id'] || null,
    },
  ]),
);

const scenarios = (clock: DemoClock) => {
  const context = new DemoReferralContext(clock);
  return [...mBankReferrals(context), ...kShinkinReferrals(context)];
};

/** The offers the converted scenarios name, as office-sending-offers.csv loads them; their cases established then. */
function factsFor(clock: DemoClock, all: DemoReferralScenario[]): DemoReferralFacts {
  const facts: DemoReferralFacts = {
    users,
    offices: new Map([
      ['HQ', { id: 'HQ', kind: OfficeKind.HEADQUARTERS, nameJa: '本部' }],
      [TOKYO_OFFICE, { id: TOKYO_OFFICE, kind: OfficeKind.REGIONAL, nameJa: '東京事務所' }],
      [AICHI_OFFICE, { id: AICHI_OFFICE, kind: OfficeKind.REGIONAL, nameJa: '愛知事務所' }],
    ]),
    hasHqStep: new Map([
      [M_BANK, true],
      [K_SHINKIN, true],
    ]),
    companies: new Map(),
    offers: new Map(),
    cases: new Map(),
  };
  for (const step of all.flatMap((s) => s.steps)) {
    if (step.action !== ReferralAction.CONVERTED || !step.sending) continue;
    const ref = step.sending;
    const row = sendingRows.find(
      (r) => r['corporate_number'] === ref.corporateNumber && r['job_title'] === ref.jobTitle,
    );
    if (!row) throw new Error(`no demo sending offer ${ref.jobTitle}`);
    const id = `offer:${ref.jobTitle}`;
    facts.companies.set(ref.corporateNumber, ref.corporateNumber);
    facts.offers.set(offerKey('sending_offers', ref), { id, companyId: ref.corporateNumber });
    // Established on the day it was received at the earliest, as the demo cases are.
    const receivedOn = clock.daysAgo(Number(row['received_days_ago']));
    facts.cases.set(id, {
      id: `case:${id}`,
      number: 7,
      establishedOn: addDays(receivedOn, 60),
      endedOn: null,
    });
  }
  return facts;
}

const replayAll = (clock: DemoClock) => {
  const all = scenarios(clock);
  const facts = factsFor(clock, all);
  return all.map((scenario) => replayDemoReferral(scenario, facts, clock));
};

describe('the demo referrals', () => {
  it.each([
    ['2026-12-06', '06:30'],
    ['2026-12-06', '23:50'],
    ['2027-01-01', '00:05'],
    ['2028-02-29', '12:00'],
  ])(
    'replay as of %s %s, each partner with a referral in every status and its history in order',
    (day, time) => {
      const clock = new DemoClock(new Date(`${day}T${time}:00+09:00`));
      const rows = replayAll(clock);
      for (const institution of [M_BANK, K_SHINKIN]) {
        const statuses = rows
          .filter((r) => r.referral.institutionId === institution)
          .map((r) => r.referral.status);
        expect(new Set(statuses)).toEqual(new Set(Object.values(ReferralStatus)));
      }
      for (const { referral, events } of rows) {
        expect(events[0]).toMatchObject({ action: ReferralAction.CREATED, toStatus: ReferralStatus.DRAFT });
        expect(events.at(-1)?.toStatus).toBe(referral.status);
        expect(referral.version).toBe(events.length);
        const moments = events.map((e) => e.occurredAt.getTime());
        expect(moments).toEqual([...moments].sort((a, b) => a - b));
        expect(Math.max(...moments)).toBeLessThanOrEqual(clock.now.getTime());
      }
      const closed = rows.filter((r) => r.referral.status === ReferralStatus.CLOSED);
      for (const { referral, events } of closed) {
        expect(referral.outcomeOn).not.toBeNull();
        expect(events.at(-1)?.reason).toContain('案件番号 7');
      }
    },
  );

  const clock = new DemoClock(new Date('2026-12-06T12:00:00+09:00'));
  const context = new DemoReferralContext(clock);
  const base = (steps: DemoReferralScenario['steps'], createdBy = M_BRANCH): DemoReferralScenario => ({
    id: '00000000-0000-4000-8000-00000000f001',
    title: '規則違反',
    createdBy,
    createdAt: context.at(200),
    content: {
      clientName: '株式会社京浜エレクトロニクス',
      clientCorporateNumber: CONVERTED_COMPANY.keihinElectronics,
      clientJsicMajorCode: 'E',
      clientPrefectureCode: '13',
      clientSize: CompanySize.SME,
      need: ReferralNeed.SURPLUS,
      surplusPeople: 1,
      occupations: '検査',
      consentObtainedOn: context.ago(200),
      consentObtainedBy: '森田 次郎',
    },
    steps,
  });
  const throughAssigned = (officeCode: string) => [
    submitted(context.at(199), M_BRANCH),
    forwarded(context.at(198), M_HQ),
    accepted(context.at(197)),
    assigned(context.at(196), officeCode),
  ];
  const keihin = { corporateNumber: CONVERTED_COMPANY.keihinElectronics, jobTitle: '電子部品の品質検査員' };
  const attempt = (scenario: DemoReferralScenario) => () =>
    replayDemoReferral(scenario, factsFor(clock, [...scenarios(clock), scenario]), clock);

  it.each([
    [
      'a branch forwarding its own referral',
      base([submitted(context.at(199), M_BRANCH), forwarded(context.at(198), M_BRANCH)]),
      /may not take センターへの送付/,
    ],
    [
      'another bank acting on it',
      base([submitted(context.at(199), K_BRANCH)]),
      /partner2\.branch@kakehashi\.example cannot see/,
    ],
    [
      'a step before the one before it',
      base([submitted(context.at(199), M_BRANCH), forwarded(context.at(199, 9), M_HQ)]),
      /dated before/,
    ],
    [
      'headquarters accepting what was never forwarded',
      base([submitted(context.at(199), M_BRANCH), accepted(context.at(198))]),
      /cannot see/,
    ],
    [
      'a return without a reason',
      base([
        submitted(context.at(199), M_BRANCH),
        forwarded(context.at(198), M_HQ),
        returned(context.at(197), ' '),
      ]),
      /差戻しの理由を入力してください/,
    ],
    ['an assignment to headquarters', base([...throughAssigned('HQ')]), /not regional/],
    [
      'a conversion by the consultant of another office',
      base([...throughAssigned(AICHI_OFFICE), convertedToSending(context.at(150), keihin)]),
      /consultant@kakehashi\.example cannot see/,
    ],
    [
      'a consent obtained after the referral was written',
      { ...base([]), content: { ...base([]).content, consentObtainedOn: context.ago(100) } },
      /consentObtainedOn/,
    ],
  ])('refuses %s, naming the scenario', (_what, scenario, message) => {
    expect(attempt(scenario)).toThrow(message);
    expect(attempt(scenario)).toThrow(/demo referral "規則違反"/);
  });
});
