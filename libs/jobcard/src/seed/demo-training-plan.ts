// The demo training plan: the seed's model plan (金属プレス加工実践コース, SEED_MODEL_PLAN) moved to dates around the
// demo day, so that it is under way: started about two months ago, six months long, submitted and the Job Card issued
// before the start, with a few days of its diary and Off-JT report; and its training subsidy as explained at STEP 2.
import { addDays, addMonths, monthsEnd } from '@kakehashi/calendar';
import { RATE_TABLE_S003 } from '../subsidies/rate-tables';
import { estimateTrainingSubsidy, type TrainingSubsidyEstimate } from '../subsidies/rules/training-subsidy';
import type { StoredTrainingInput } from '../subsidies/subsidy-estimate.types';
import type { StoredTrainingLog } from '../training-plans/training-plan.entity';
import { SEED_MODEL_PLAN } from '../training-plans/rules/__fixtures__/seed-model-plan';
import type { TrainingPlanDraft } from '../training-plans/rules/training-plan.types';

export const DEMO_TRAINEE_NAME = '見本 実習生';

/** The first day of the month two months before `today`: the training is under way on the demo day. */
export function demoTrainingStart(today: string): string {
  return addMonths(`${today.slice(0, 7)}-01`, -2);
}

export function demoPlanDraft(today: string): TrainingPlanDraft {
  const start = demoTrainingStart(today);
  const careerUpStart = addMonths(start, -2);
  return {
    ...SEED_MODEL_PLAN,
    period: { start, end: monthsEnd(start, 6), specialReason: null },
    careerUpPlan: {
      ...(SEED_MODEL_PLAN.careerUpPlan ?? { measures: [] }),
      start: careerUpStart,
      end: monthsEnd(careerUpStart, 36),
    },
    submittedOn: addDays(start, -45),
    jobCardIssuedOn: addDays(start, -10),
  };
}

const ojtDay = (date: string, content: string, reflection: string) => ({
  date,
  from: '9:00',
  to: '17:00',
  attendedMinutes: 420,
  content,
  reflection,
  trainerConfirmedOn: date,
});

/** The first week: three OJT days confirmed by the trainer and one Off-JT day in 50-minute units (EX-LOG-b). */
export function demoPlanLogs(today: string): StoredTrainingLog {
  const start = demoTrainingStart(today);
  return {
    ojt: [
      ojtDay(
        addDays(start, 7),
        '安全衛生作業：5S、KYT、ヒヤリハットの記録',
        '危険予知の観点を先輩と確認できた',
      ),
      ojtDay(addDays(start, 8), '打ち抜き加工機械の操作、試し検査', '試し検査の寸法の読み方を覚えた'),
      ojtDay(addDays(start, 9), '金型交換作業の見習い、清掃・点検', '交換の段取りをメモにまとめた'),
    ],
    offJt: [
      {
        date: addDays(start, 10),
        from: '9:00',
        to: '15:40',
        excludedMinutes: 100,
        attendedMinutes: 300,
        unitMinutes: 50,
        content: '職業能力基礎講習：ビジネスマナー、コミュニケーション',
        providerCertifiedOn: addDays(start, 10),
      },
    ],
  };
}

/** EX-SB-2a: the model plan's hours for an SME without the uplift, the Off-JT cost 80,000 yen → 403,000 yen. */
export function demoSubsidyEstimate(): { input: StoredTrainingInput; result: TrainingSubsidyEstimate } {
  const input: StoredTrainingInput = {
    rateTableId: RATE_TABLE_S003.id,
    companySize: 'SME',
    productivityUplift: false,
    trainees: [
      { name: DEMO_TRAINEE_NAME, offJtMinutes: 85 * 60, ojtMinutes: 340 * 60, costBorneYen: 80_000 },
    ],
  };
  return { input, result: estimateTrainingSubsidy({ ...input, table: RATE_TABLE_S003 }) };
}
