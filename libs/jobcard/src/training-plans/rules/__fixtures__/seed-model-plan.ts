// The seed's model curriculum (金属プレス加工実践コース, S001:436–458) as a complete training plan: OJT 340 h, Off-JT 学科
// 9+3+5+12+10 = 39 h, 実技 9+12+25 = 46 h, Off-JT計 85 h, 合計 425 h over 6 months (EX-TR-6a, EX-TR-8a). What the seed
// leaves out (people, dates, how Off-JT is given) is filled with plain values, marked below, so the plan is valid.
import type { CurriculumRow, TrainingPlanDraft } from '../training-plan.types';

const HOUR = 60;

/** The eight OJT tasks of the model (S001:440–447); the seed gives one total for them (OJT計 340時間, S001:448). */
export const SEED_MODEL_OJT_TASKS: readonly { readonly name: string; readonly content: string }[] = [
  {
    name: '安全衛生作業',
    content: '安全活動（5S、KYT、ヒヤリハット）、QC活動、労働安全衛生法、環境対策、廃棄物処理',
  },
  { name: '金型構造理解・金型整備作業', content: '金型交換作業の見習い、折損等確認、清掃・点検' },
  { name: '打ち抜き加工作業', content: '打ち抜き加工機械の操作、試し検査、片付け、金型交換作業の見習い' },
  { name: 'プレス曲げ加工作業', content: 'プレス曲げ加工機械の操作、試し検査、片付け、金型交換作業の見習い' },
  { name: '折り曲げ加工作業', content: '折り曲げ加工機械の操作、試し検査、片付け、金型交換作業の見習い' },
  { name: '絞り加工作業', content: '絞り加工機械の操作、試し検査、片付け、金型交換作業の見習い' },
  { name: '成形加工作業', content: '成形加工機械の操作、試し検査、片付け、金型交換作業の見習い' },
  {
    name: '順送加工作業',
    content: '機械の動作状態の監視、材料補充、順送加工機械の操作、製品の検査、片付け、金型交換作業の見習い',
  },
];

const offJt = (kind: CurriculumRow['kind'], name: string, content: string, hours: number): CurriculumRow => ({
  kind,
  name,
  content,
  minutes: hours * HOUR,
  provider: null, // blank in the seed's model
  unitMinutes: null,
  offJtDelivery: 'OUTSIDE_INSTITUTION', // not in the seed: an outside institution needs no lecturer basis
  lecturerBasis: null,
  lecturerExperienceYears: null,
});

/** One OJT row for the eight tasks (their hours are not split in the seed), then the eight Off-JT rows. */
export const SEED_MODEL_CURRICULUM: readonly CurriculumRow[] = [
  {
    kind: 'OJT',
    name: SEED_MODEL_OJT_TASKS.map((task) => task.name).join('・'),
    content: SEED_MODEL_OJT_TASKS.map((task) => `${task.name}：${task.content}`).join('／'),
    minutes: 340 * HOUR,
    provider: null,
    unitMinutes: null,
    offJtDelivery: null,
    lecturerBasis: null,
    lecturerExperienceYears: null,
  },
  offJt(
    'OFF_JT_LECTURE',
    '職業能力基礎講習',
    'ビジネスマナー、コミュニケーション、チームワーク、企業活動（事業領域、組織、経営理念、社是等）の理解、職業倫理とコンプライアンス、接遇（身だしなみ、態度、CS（顧客満足））、ホスピタリティ',
    9,
  ),
  offJt(
    'OFF_JT_LECTURE',
    '安全衛生',
    '5S（整理、整頓、清掃、清潔、しつけ）、安全装置や保護具の用途と安全作業（安全点検、KY活動）、QC、労働災害の防止、健康管理、メンタルヘルス、リスクアセスメント、環境問題、製造物責任（PL）',
    3,
  ),
  offJt(
    'OFF_JT_LECTURE',
    '金型の構造・整備の基本知識',
    '金型に関する知識（種類、基本構造、機能、外観検査方法、潤滑方式）、整備・補修に必要な図面の解釈',
    5,
  ),
  offJt(
    'OFF_JT_LECTURE',
    'プレス加工の基本知識',
    'プレス加工に関する知識（関連法令、安全作業法、プレス加工の種類、プレス材料に関する知識（種類、性質、欠陥検査方法））',
    12,
  ),
  offJt('OFF_JT_LECTURE', '能力評価', 'オリエンテーション、能力評価', 10),
  offJt(
    'OFF_JT_PRACTICE',
    '安全衛生作業',
    '安全活動（5S、KYT、ヒヤリハット）、QC活動、衛生管理実務、救急法（心肺蘇生、AED操作方法）、プレス加工特有の安全作業（安全囲い、安全装置）',
    9,
  ),
  offJt(
    'OFF_JT_PRACTICE',
    '金型取扱の基本実技',
    '金型の種類・構造・機能、交換作業の見習い、外観検査（検査機器の種類、操作方法）、整備、保管',
    12,
  ),
  offJt(
    'OFF_JT_PRACTICE',
    'プレス機械の基本実技',
    'プレス機械の種類・構造・機能、仕様・能力、操作、点検・整備',
    25,
  ),
];

/**
 * The model as a 基本型 plan over 2025-04-01 – 2025-09-30 (EX-TR-6a), submitted 2025-02-20 (EX-TR-D1). The people,
 * the Job Card day and the career-up plan's dates are not in the seed: the career-up plan takes the seed's example
 * (3 years, 正規雇用等転換コース and 人材育成コース, S001:170–171) moved to 2025 so that it covers the training.
 */
export const SEED_MODEL_PLAN: TrainingPlanDraft = {
  type: 'BASIC',
  period: { start: '2025-04-01', end: '2025-09-30', specialReason: null },
  curriculum: SEED_MODEL_CURRICULUM,
  roles: {
    trainingLead: { name: '佐藤 一郎', regularEmployee: true },
    trainer: { name: '鈴木 花子', regularEmployee: true },
    evaluationLead: { name: '佐藤 一郎', regularEmployee: true },
    evaluator: { name: '鈴木 花子', regularEmployee: true },
  },
  careerUpPlan: {
    start: '2025-04-01',
    end: '2028-03-31',
    measures: ['正規雇用等転換コース', '人材育成コース'],
  },
  postCompletionHandling:
    '訓練修了後、評価シートによる職業能力の評価と昇格試験等の結果により、正規雇用労働者への転換を判断する。',
  sendingCompanyName: null,
  hostCompanyName: null,
  submittedOn: '2025-02-20',
  jobCardIssuedOn: '2025-03-25',
  newGraduateWithoutJobCard: false,
  roleOverrideReason: null,
};
