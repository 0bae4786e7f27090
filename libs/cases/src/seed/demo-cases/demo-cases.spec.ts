// The demo cases are dated relative to the day they are loaded, and a scenario the rules refuse on some day would stop
// `npm start` on that day: every scenario is replayed here, with the offers of the demo CSV files, as of the days month
// arithmetic makes awkward (the last and first days of every month of a leap year, and of another year) and of a whole
// ordinary month, and must pass and give the visitor what the demo promises.
import { Role, type AuthUser } from '@kakehashi/authz';
import { addDays } from '@kakehashi/calendar';
import { DemoClock, readSeedCsv } from '@kakehashi/database';
import { MoveTypeWanted, OfferStatus } from '@kakehashi/offers';
import { randomUUID } from 'node:crypto';
import { CaseTaskKind, CaseTaskStatus } from '../../follow-ups/case-task.entity';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../follow-ups/follow-up-plan';
import { CASE_FLOWS, CaseStage } from '../../workflow/case-stage';
import { DemoCaseContext, type DemoCaseScenario } from './demo-case-scenario';
import { replayDemoCase, type DemoCaseRows } from './demo-case-replay';
import { AICHI, OSAKA, TOKYO } from './demo-refs';
import { demoSecondmentCases } from './secondment-cases';
import { demoTransferCases } from './transfer-cases';

const sendingRows = readSeedCsv('demo/office-sending-offers.csv');
const receivingRows = readSeedCsv('demo/office-receiving-offers.csv');

const consultant = (email: string, officeId: string): [string, AuthUser] => [
  email,
  {
    id: randomUUID(),
    email,
    name: email,
    role: Role.CONSULTANT,
    officeId,
    partnerInstitutionId: null,
    partnerBranchId: null,
  },
];
const users = new Map([consultant(TOKYO, '13'), consultant(AICHI, '23'), consultant(OSAKA, '27')]);

/** The office of a demo company: its corporate number's prefecture digits (99PP01…, see demo/companies.csv). */
const officeOf = (corporateNumber: string) => corporateNumber.slice(3, 5);

function row(rows: Record<string, string>[], ref: { corporateNumber: string; jobTitle: string }) {
  const found = rows.find(
    (r) => r['corporate_number'] === ref.corporateNumber && r['job_title'] === ref.jobTitle,
  );
  if (!found) throw new Error(`no demo offer ${ref.jobTitle}`);
  return found;
}

/** The scenario replayed as of `now` against its offers as the CSV files load them that day. */
function replay(scenario: DemoCaseScenario, clock: DemoClock): DemoCaseRows {
  const sending = row(sendingRows, scenario.sending);
  const receiving = row(receivingRows, scenario.receiving);
  const optional = (value: string | undefined) => (value ? Number(value) : null);
  return replayDemoCase({
    scenario,
    caseId: randomUUID(),
    caseNumber: 1,
    offers: {
      sending: {
        id: randomUUID(),
        companyId: scenario.sending.corporateNumber,
        owningOfficeId: officeOf(scenario.sending.corporateNumber),
        status: OfferStatus.OPEN,
        moveType: sending['move_type'] as MoveTypeWanted,
        peopleAvailable: Number(sending['people_count']),
        receivedOn: clock.daysAgo(Number(sending['received_days_ago'])),
      },
      receiving: {
        id: randomUUID(),
        companyId: scenario.receiving.corporateNumber,
        owningOfficeId: officeOf(scenario.receiving.corporateNumber),
        status: OfferStatus.OPEN,
        acceptsSecondment: receiving['move_types'].includes('SECONDMENT'),
        acceptsTransfer: receiving['move_types'].includes('TRANSFER'),
        peopleRemaining: Number(receiving['people_wanted']),
        receivedOn: clock.daysAgo(Number(receiving['received_days_ago'])),
      },
    },
    matchDecisionId: scenario.fromDecision ? randomUUID() : null,
    users,
    limits: {
      sendingDesiredPeriodMonths: optional(sending['desired_period_months']),
      sendingEarliestStartOn: sending['earliest_start_in_days']
        ? addDays(clock.today, Number(sending['earliest_start_in_days']))
        : null,
      receivingPeriodMonths: optional(receiving['period_months']),
    },
    settings: DEFAULT_FOLLOW_UP_SETTINGS,
    now: clock.now,
  });
}

function days(from: string, to: string): string[] {
  const all: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) all.push(day);
  return all;
}

/** The days around each month's turn (27th to the 3rd), where month arithmetic clamps and wraps. */
const monthTurns = (year: number) =>
  days(`${year}-01-01`, `${year}-12-31`).filter((day) => {
    const date = Number(day.slice(8));
    return date >= 27 || date <= 3;
  });

describe('the demo cases, loaded on any day', () => {
  it.each([
    ['the turns of the months of a leap year, before 09:00 in Japan', monthTurns(2028), '08:59'],
    ['the turns of the months of another year, from 09:00', monthTurns(2027), '09:00'],
    ['every day of an ordinary month, at noon', days('2027-06-01', '2027-06-30'), '12:00'],
  ])('replay through the rules on %s', (_label, loadDays, time) => {
    const failures: string[] = [];
    for (const day of loadDays) {
      const clock = new DemoClock(new Date(`${day}T${time}:00+09:00`));
      const context = new DemoCaseContext(clock, DEFAULT_FOLLOW_UP_SETTINGS);
      try {
        const cases = [...demoSecondmentCases(context), ...demoTransferCases(context)].map((s) =>
          replay(s, clock),
        );
        const problem = promiseBroken(cases, clock.today);
        if (problem) failures.push(`${day}: ${problem}`);
      } catch (error) {
        failures.push(`${day}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** What the demo promises the visitor, checked on the replayed rows; null when it holds. */
function promiseBroken(cases: DemoCaseRows[], today: string): string | null {
  for (const [moveType, flow] of Object.entries(CASE_FLOWS)) {
    const missing = flow.filter(
      (stage) => !cases.some((c) => c.entity.moveType === moveType && c.entity.stage === stage),
    );
    if (missing.length) return `no ${moveType} case in ${missing.join(', ')}`;
  }
  const stuck = cases.some(
    (c) =>
      c.entity.stage === CaseStage.INTER_COMPANY_MEETING &&
      c.entity.stageEnteredAt.getTime() < Date.parse(`${addDays(today, -30)}T00:00:00+09:00`),
  );
  if (!stuck) return 'no case stuck in STEP2 for more than 30 days';
  const followUps = cases.flatMap((c) => c.tasks).filter((t) => t.kind === CaseTaskKind.FOLLOW_UP);
  if (!followUps.some((t) => t.dueOn === today && t.status !== CaseTaskStatus.DONE))
    return 'no follow-up due today';
  if (!followUps.some((t) => t.dueOn < today && t.status === CaseTaskStatus.DUE))
    return 'no overdue follow-up';
  const unread = cases.flatMap((c) => c.notifications).flatMap((n) => n.deliveries.filter((d) => !d.readAt));
  if (unread.length < 2) return 'fewer than two unread notifications';
  return null;
}
