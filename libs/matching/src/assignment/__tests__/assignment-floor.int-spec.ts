// The floor of quality of batch proposals, tried as a new user would: offers typed in with the form's defaults (no
// prefectures listed, which means anywhere), then a national run. On a database of its own: a national run covers
// every office, and the test edits the one settings row.
import { Role } from '@kakehashi/authz';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  staffUser,
} from '../../__tests__/matching-test-kit';
import { MatchingSettingsService } from '../../settings/matching-settings.service';
import { DEFAULT_PROPOSAL_FLOOR } from '../../settings/proposal-floor';
import { UpdateMatchingSettingsService } from '../../settings/update-matching-settings.service';
import { AssignmentRunStatus, AssignmentScopeKind, AssignmentTrigger } from '../assignment-run.entity';
import { AssignmentProposalOrder, AssignmentProposalState } from '../dtos/assignment.inputs';
import { AssignmentRunQueryService } from '../services/assignment-run-query.service';
import { StartAssignmentRunService } from '../services/start-assignment-run.service';
import {
  assignmentTestingModule,
  finished,
  proposalsOf,
  scratchDatabase,
  waitForRun,
} from './assignment-kit';

const hq = staffUser(Role.HQ_COORDINATOR);
const admin = staffUser(Role.ADMIN);

describe('the floor of batch proposals', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let moduleRef: TestingModule;
  let ds: DataSource;
  let starts: StartAssignmentRunService;
  let settings: MatchingSettingsService;
  let updates: UpdateMatchingSettingsService;
  const offer: Record<string, string> = {};

  beforeAll(async () => {
    scratch = await scratchDatabase();
    moduleRef = await assignmentTestingModule({
      databaseUrl: scratch.url,
      driver: 'in-process',
      runJobs: true,
    });
    ds = moduleRef.get(DataSource);
    starts = moduleRef.get(StartAssignmentRunService);
    settings = moduleRef.get(MatchingSettingsService);
    updates = new UpdateMatchingSettingsService(settings, ds);

    const shop = await insertCompany(ds, { prefectureCode: '13', jsicMajorCode: 'I' });
    const hall = await insertCompany(ds, { prefectureCode: '13', jsicMajorCode: 'M' });
    const software = await insertCompany(ds, { prefectureCode: '13', jsicMajorCode: 'G' });
    const store = await insertCompany(ds, { prefectureCode: '13', jsicMajorCode: 'I' });
    const restaurant = await insertCompany(ds, { prefectureCode: '13', jsicMajorCode: 'M' });
    const plant = await insertCompany(ds, { prefectureCode: '43', jsicMajorCode: 'E' });
    // Tokyo: five shop clerks and two hall clerks, no prefectures listed (the form's 全国可).
    offer.shopClerks = await insertSendingOffer(ds, {
      companyId: shop,
      officeCode: '13',
      jobTitle: '店舗販売スタッフ',
      occupationCode: 'D',
      // Transfer only, so the plant (secondments) cannot take them and the engineers' places are what is left.
      moveType: 'TRANSFER',
      people: 5,
      skills: ['販売', '接客', 'レジ'],
      monthlyWage: 280000,
    });
    offer.hallClerks = await insertSendingOffer(ds, {
      companyId: hall,
      officeCode: '13',
      jobTitle: 'ホールスタッフ',
      occupationCode: 'E',
      moveType: 'EITHER',
      people: 2,
      skills: ['接客'],
      monthlyWage: 250000,
    });
    offer.systemEngineer = await insertReceivingOffer(ds, {
      companyId: software,
      officeCode: '13',
      workplacePrefectureCode: '13',
      jobTitle: 'システムエンジニア',
      duties: '業務システムの設計・開発',
      occupationCode: 'B',
      acceptsTransfer: true,
      people: 3,
      requiredSkills: ['基本情報技術者'],
      monthlyWage: 350000,
    });
    offer.kumamotoPlant = await insertReceivingOffer(ds, {
      companyId: plant,
      officeCode: '43',
      workplacePrefectureCode: '43',
      jobTitle: '製造オペレーター（半導体）',
      duties: '半導体工場のクリーンルームでの装置オペレーション',
      occupationCode: 'H',
      people: 10,
      monthlyWage: 300000,
      conditions: ['HOUSING_PROVIDED', 'TRAINING_PROVIDED'],
    });
    // Places where they do fit: a run must still propose those.
    offer.salesPlace = await insertReceivingOffer(ds, {
      companyId: store,
      officeCode: '13',
      workplacePrefectureCode: '13',
      jobTitle: '売場の販売スタッフ',
      duties: '店舗での販売と接客、レジ',
      occupationCode: 'D',
      acceptsTransfer: true,
      people: 1,
      monthlyWage: 290000,
    });
    offer.hallPlace = await insertReceivingOffer(ds, {
      companyId: restaurant,
      officeCode: '13',
      workplacePrefectureCode: '13',
      jobTitle: 'レストランのホールスタッフ',
      duties: 'ホールでの接客と配膳',
      occupationCode: 'E',
      people: 1,
      monthlyWage: 260000,
    });
  }, 60_000);
  afterAll(async () => {
    await moduleRef?.close();
    await scratch?.drop();
  });

  let lastRunId = '';

  async function nationalRun(): Promise<Set<string>> {
    const { run } = await starts.start(hq, { kind: AssignmentScopeKind.COUNTRY }, AssignmentTrigger.MANUAL);
    const done = await waitForRun(ds, run.id, finished);
    expect(done.status).toBe(AssignmentRunStatus.COMPLETED);
    lastRunId = done.id;
    return new Set((await proposalsOf(ds, done.id)).map((p) => `${p.sendingOfferId}>${p.receivingOfferId}`));
  }

  const pair = (s: string, r: string) => `${offer[s]}>${offer[r]}`;

  async function setFloor(minimumProposalScore: number, excludeMissingRequiredFromProposals: boolean) {
    const { version } = await settings.current();
    await updates.update(admin, {
      expectedVersion: version,
      minimumProposalScore,
      excludeMissingRequiredFromProposals,
    });
  }

  it('by default proposes neither shop clerks for engineers’ places without the licence nor Tokyo for Kumamoto', async () => {
    expect((await settings.current()).proposalFloor).toEqual(DEFAULT_PROPOSAL_FLOOR);
    const proposed = await nationalRun();
    expect(proposed).toEqual(new Set([pair('shopClerks', 'salesPlace'), pair('hallClerks', 'hallPlace')]));
  });

  it('lists a run’s proposals worst first, from a score on, or by the decision taken on them', async () => {
    await nationalRun();
    const query = moduleRef.get(AssignmentRunQueryService);
    const page = async (options: Parameters<AssignmentRunQueryService['proposalsOf']>[1]) =>
      (await query.proposalsOf([lastRunId], options)).get(lastRunId)!;
    const best = await page({ first: 10 });
    const worst = await page({ first: 10, order: AssignmentProposalOrder.SCORE_ASC });
    expect(best.totalCount).toBe(2);
    expect(worst.edges.map((e) => e.node.id)).toEqual(best.edges.map((e) => e.node.id).reverse());
    const top = best.edges[0].node;
    const fromTop = await page({ first: 10, minScore: top.score });
    expect(fromTop.edges.map((e) => e.node.id)).toEqual([top.id]);
    expect(fromTop.totalCount).toBe(1);

    await ds.query(
      `INSERT INTO "match_decisions" ("sending_offer_id", "receiving_offer_id", "decision", "people", "score",
         "explanation", "source", "decided_by_user_id")
       VALUES ($1, $2, 'TAKEN_UP', 1, $3, '{}', 'ON_DEMAND', $4)`,
      [top.sendingOfferId, top.receivingOfferId, top.score, hq.id],
    );
    const taken = await page({ first: 10, state: AssignmentProposalState.TAKEN_UP });
    expect(taken.edges.map((e) => e.node.id)).toEqual([top.id]);
    const undecided = await page({ first: 10, state: AssignmentProposalState.UNDECIDED });
    expect(undecided.edges.map((e) => e.node.id)).toEqual([best.edges[1].node.id]);
    expect((await page({ first: 10, state: AssignmentProposalState.DISMISSED })).totalCount).toBe(0);
    await ds.query(`DELETE FROM "match_decisions"`);
  });

  it('is what keeps them out: with no floor the same offers fill those places', async () => {
    await setFloor(0, false);
    const proposed = await nationalRun();
    expect(proposed).toContain(pair('shopClerks', 'systemEngineer'));
    expect(proposed).toContain(pair('hallClerks', 'kumamotoPlant'));
  });

  it('excludes a pair missing a required licence whatever its score, while the administrator says so', async () => {
    await setFloor(0, true);
    const proposed = await nationalRun();
    expect(proposed).not.toContain(pair('shopClerks', 'systemEngineer'));
    expect(proposed).toContain(pair('hallClerks', 'kumamotoPlant'));
  });

  it('keeps out every pair below the minimum score an administrator sets', async () => {
    await setFloor(0.99, false);
    expect(await nationalRun()).toEqual(new Set());
    await setFloor(DEFAULT_PROPOSAL_FLOOR.minimumScore, DEFAULT_PROPOSAL_FLOOR.excludeMissingRequired);
  });
});
