// Every user-facing text of the training-plan rules (訓練実施計画, 有期実習型訓練), in Japanese. Each message words the
// seed's rule (seed 001 unless noted) and shows the figure that broke it.
import { japaneseDate as d } from '@kakehashi/calendar';
import type { ConvertedHours } from './rules/converted-hours';
import type { DateWindow } from './rules/conversion-window';
import type { PeriodLength } from './rules/plan-period';
import type { CareerUpPlan, PlanPeriod, PlanRoles } from './rules/training-plan.types';

export type RoleKey = keyof PlanRoles;

export const ROLE_LABELS: Readonly<Record<RoleKey, string>> = {
  trainingLead: '訓練指導責任者',
  trainer: '訓練指導担当者',
  evaluationLead: '評価責任者',
  evaluator: '評価担当者',
};

/** Minutes as the seed writes hours (spec §2.1): 340時間, 283時間20分, 45分. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return `${hours}時間`;
  return hours === 0 ? `${rest}分` : `${hours}時間${rest}分`;
}

/** Tenths of a percent: 801 → 80.1%. */
export const formatPermille = (permille: number): string => `${Math.floor(permille / 10)}.${permille % 10}%`;

/** A period's length: 6か月, 2か月29日, 15日. */
export function formatPeriodLength({ months, days }: PeriodLength): string {
  if (days === 0) return `${months}か月`;
  return months === 0 ? `${days}日` : `${months}か月${days}日`;
}

/** A long period's length: 3年, 2年11か月30日. */
export function formatYearsLength({ months, days }: PeriodLength): string {
  const years = Math.floor(months / 12);
  const parts = [
    years > 0 ? `${years}年` : '',
    months % 12 > 0 ? `${months % 12}か月` : '',
    days > 0 ? `${days}日` : '',
  ];
  return parts.join('') || '0日';
}

const rowLabel = (index: number, name: string): string =>
  name.trim() === '' ? `カリキュラム${index + 1}行目` : `カリキュラム${index + 1}行目「${name.trim()}」`;

const PERIOD_RULE = '訓練期間は3か月以上6か月以下である必要があります';
const COMBINED_RULE = '自社内でのOJTと教育訓練機関などで実施するOff-JTを組み合わせた訓練である必要があります';
const BASED_ON_CAREER_UP = '訓練実施計画はキャリアアップ計画に基づいて作成します。';
const JOB_CARD_RULE =
  '訓練受講者は、訓練を開始するまでに登録キャリア・コンサルタントによるキャリア・コンサルティングを受け、ジョブ・カードの交付を受ける必要があります';
const LECTURER_RULE =
  '自社の従業員を講師とする場合は、専修学校専門課程教員、職業訓練指導員免許取得者、またはこれらと同等以上の能力を有する者（訓練の職務に係る実務経験がおおむね5年以上ある者など）である必要があります';

export const TRAINING_PLAN_MESSAGES = {
  // §5.1 R-TR-2
  sendingCompanyMissing: () =>
    '派遣事業主活用型では、派遣元事業主と派遣先事業主が共同して訓練実施計画を作成します。派遣元事業主を入力してください。',
  hostCompanyMissing: () =>
    '派遣事業主活用型では、派遣元事業主と派遣先事業主が共同して訓練実施計画を作成します。派遣先事業主を入力してください。',
  // §5.2 R-TR-4
  careerUpPlanMissing: () =>
    `キャリアアップ計画を作成し、都道府県労働局長より確認を受ける必要があります。${BASED_ON_CAREER_UP}`,
  careerUpDateInvalid: (key: 'start' | 'end', value: string) =>
    `キャリアアップ計画期間の${key === 'start' ? '開始日' : '終了日'}が正しい日付ではありません（${value}）。`,
  careerUpEndBeforeStart: (start: string, end: string) =>
    `キャリアアップ計画期間の終了日（${d(end)}）が開始日（${d(start)}）より前です。`,
  careerUpLength: (length: PeriodLength) =>
    `キャリアアップ計画は3年～5年程度の計画です（現在 ${formatYearsLength(length)}）。期間を確認してください。`,
  careerUpNotCovering: (plan: CareerUpPlan, training: PlanPeriod) =>
    `訓練期間（${d(training.start)}～${d(training.end)}）がキャリアアップ計画期間（${d(plan.start)}～${d(plan.end)}）` +
    `の中にありません。${BASED_ON_CAREER_UP}`,
  careerUpWithoutHumanResourceCourse: () =>
    `キャリアアップ計画期間中に講じる措置の項目に「人材育成コース」がありません。${BASED_ON_CAREER_UP}`,
  // §5.3 R-TR-11
  postCompletionHandlingMissing: () =>
    '訓練を修了した訓練受講者の労働契約の更新などの取り扱いを定めている必要があります。',
  // §5.4 R-TR-7
  periodStartInvalid: (value: string) => `訓練期間の開始日が正しい日付ではありません（${value}）。`,
  periodEndInvalid: (value: string) => `訓練期間の終了日が正しい日付ではありません（${value}）。`,
  periodEndBeforeStart: (start: string, end: string) =>
    `訓練期間の終了日（${d(end)}）が開始日（${d(start)}）より前です。`,
  periodTooShort: (length: PeriodLength, shortest: string) =>
    `${PERIOD_RULE}（現在 ${formatPeriodLength(length)}）。3か月以上とするには、終了日を${d(shortest)}以降にしてください。`,
  periodTooLong: (length: PeriodLength, longest: string, longestWithReason: string) =>
    `${PERIOD_RULE}（現在 ${formatPeriodLength(length)}、6か月となる終了日は${d(longest)}）。` +
    `資格取得が必要な場合など、特別な理由がある場合は1年以下（${d(longestWithReason)}まで）とできます。その場合は特別な理由を入力してください。`,
  periodLongerThanYear: (length: PeriodLength, longestWithReason: string) =>
    `訓練期間は、資格取得が必要な場合など特別な理由がある場合でも1年以下である必要があります（現在 ${formatPeriodLength(length)}、` +
    `1年となる終了日は${d(longestWithReason)}）。`,
  // §5.5 R-TR-6
  hoursBelow425: (converted: ConvertedHours, length: PeriodLength, totalMinutes: number) =>
    `6か月当たりに換算した訓練時間数が425時間以上必要です（現在 ${formatMinutes(converted.convertedMinutesPer6Months)}：` +
    `合計${formatMinutes(totalMinutes)}、訓練期間${formatPeriodLength(length)}）。` +
    `この訓練期間では合計${formatMinutes(converted.minimumTotalMinutes)}以上が必要です。`,
  // §5.6 R-TR-5
  ojtMissing: () => `${COMBINED_RULE}。OJTの時間がありません。`,
  offJtMissing: () => `${COMBINED_RULE}。Off-JTの時間がありません。`,
  // A share that rounds onto the bound it breaks is shown as 10.0%未満 / 90.0%超, never as a valid-looking 10.0 %.
  shareBelow10: (permille: number, ojtMinutes: number, totalMinutes: number) =>
    `全体の訓練時間数に占めるOJTの割合が1割以上9割以下である必要があります（現在 ${permille >= 100 ? '10.0%未満' : formatPermille(permille)}：` +
    `OJT ${formatMinutes(ojtMinutes)}／合計 ${formatMinutes(totalMinutes)}）。OJTが1割に足りません。`,
  shareAbove90: (permille: number, ojtMinutes: number, totalMinutes: number) =>
    `全体の訓練時間数に占めるOJTの割合が1割以上9割以下である必要があります（現在 ${permille <= 900 ? '90.0%超' : formatPermille(permille)}：` +
    `OJT ${formatMinutes(ojtMinutes)}／合計 ${formatMinutes(totalMinutes)}）。OJTが9割を超えています。`,
  // §5.7 R-TR-13
  unitMinutesOnOjt: (index: number, name: string) =>
    `${rowLabel(index, name)}：45分以上1時間未満の単位時間を1時間として算定できるのは、教育訓練機関などで実施するOff-JTです。` +
    'OJTは実際の時間で数えます。',
  unitMinutesInvalid: (index: number, name: string, unit: number) =>
    `${rowLabel(index, name)}：1単位時間は1分以上の整数（分）で入力してください（現在 ${unit}）。`,
  unitsNotWhole: (index: number, name: string, minutes: number, unit: number) =>
    `${rowLabel(index, name)}：45分以上1時間未満の時間を1単位時間としている場合、その時間を1時間として算定できますが、` +
    `時間数（${minutes}分）が1単位時間（${unit}分）で割り切れません。単位時間の数がわかるように入力してください。`,
  // §5.7 R-TR-14
  offJtDeliveryMissing: (index: number, name: string) =>
    `${rowLabel(index, name)}：Off-JTの実施方法（①外部の教育訓練機関などで実施、②外部の教育訓練機関などの講師を招聘して自社内で実施、` +
    '③自社の従業員を講師として自社内で実施）を選択してください。',
  lecturerBasisMissing: (index: number, name: string) =>
    `${rowLabel(index, name)}：${LECTURER_RULE}。講師の要件を選択してください。`,
  lecturerExperienceMissing: (index: number, name: string) =>
    `${rowLabel(index, name)}：講師の訓練の職務に係る実務経験の年数を入力してください（おおむね5年以上）。`,
  lecturerExperienceUnder5: (index: number, name: string, years: number) =>
    `${rowLabel(index, name)}：講師には訓練の職務に係る実務経験がおおむね5年以上必要です（現在 ${years}年）。` +
    '同等以上の能力を有することを確認してください。',
  // §5.8 R-TR-8
  rowNameMissing: (index: number) =>
    `カリキュラム${index + 1}行目：職務名又は教科名を入力してください。OJTとOff-JTのそれぞれについて、訓練科目名、実施内容、実施時間などを明確に示す必要があります。`,
  rowContentMissing: (index: number, name: string) =>
    `${rowLabel(index, name)}：職務又は教科の内容を入力してください。訓練で学ぶべき事項を訓練受講者に示すものとなるため、できる限り詳細に記載する必要があります。`,
  rowMinutesNotPositive: (index: number, name: string) =>
    `${rowLabel(index, name)}：実施時間を1分以上で入力してください。OJTとOff-JTのそれぞれについて実施時間を明確に示す必要があります。`,
  // §5.9 R-TR-10, R-TR-15
  roleHolderMissing: (key: RoleKey) =>
    `${ROLE_LABELS[key]}を選任してください。訓練の指導および職業能力の評価に係る担当者および責任者を選任している必要があります。`,
  roleHolderNotRegular: (key: RoleKey, name: string) =>
    `${ROLE_LABELS[key]}（${name.trim()}）は、原則として自社の正社員である必要があります。正社員でない理由を確認してください。`,
  rolePairSame: (lead: RoleKey, member: RoleKey, name: string) =>
    `「${ROLE_LABELS[lead]}」と「${ROLE_LABELS[member]}」は、原則として別の者を選任する必要があります（現在 どちらも${name.trim()}）。`,
  rolePairOverridden: (lead: RoleKey, member: RoleKey, name: string, reason: string) =>
    `「${ROLE_LABELS[lead]}」と「${ROLE_LABELS[member]}」は、原則として別の者を選任する必要があります（現在 どちらも${name.trim()}）。` +
    `同一の者とする理由：${reason.trim()}`,
  // §5.11 R-TR-12, R-TR-16, R-TR-17
  submittedOnInvalid: (value: string) => `訓練実施計画の提出日が正しい日付ではありません（${value}）。`,
  submittedOnOrAfterStart: (submittedOn: string, start: string) =>
    `訓練実施計画は、訓練の開始前に都道府県労働局長の確認を受ける必要があります（提出日 ${d(submittedOn)}、訓練開始日 ${d(start)}）。`,
  notSubmittedByStart: (start: string) =>
    `訓練実施計画が提出されないまま訓練開始日（${d(start)}）を迎えています。訓練の開始前に都道府県労働局長の確認を受ける必要があります。`,
  submittedLate: (submittedOn: string, recommended: string, start: string) =>
    `訓練実施計画の提出は原則として訓練開始日の1か月前までです（提出日 ${d(submittedOn)}、提出期限の目安 ${d(recommended)}、` +
    `訓練開始日 ${d(start)}）。`,
  notYetSubmittedPastRecommended: (today: string, recommended: string, start: string) =>
    `訓練実施計画の提出は原則として訓練開始日（${d(start)}）の1か月前（${d(recommended)}）までですが、` +
    `まだ提出されていません（本日 ${d(today)}）。`,
  startTooLate: (start: string, submittedOn: string, latestStart: string) =>
    `訓練は訓練実施計画の提出日から6か月以内に開始する必要があります（提出日 ${d(submittedOn)}、開始できる最終日 ${d(latestStart)}、` +
    `訓練開始日 ${d(start)}）。`,
  // §5.11 R-TR-19
  jobCardDateInvalid: (value: string) => `ジョブ・カードの交付日が正しい日付ではありません（${value}）。`,
  jobCardNotBeforeStart: (issuedOn: string, start: string) =>
    `${JOB_CARD_RULE}（交付日 ${d(issuedOn)}、訓練開始日 ${d(start)}。交付は訓練開始日の前日までに必要です）。`,
  jobCardMissingAtStart: (start: string) =>
    `${JOB_CARD_RULE}（訓練開始日 ${d(start)}を迎えていますが、ジョブ・カードの交付日が記録されていません）。`,
  // §5.11 R-TR-22 (seed 003)
  conversionOutsideWindow: (appliedOn: string, window: DateWindow) =>
    `正社員化コースの支給申請は、転換後6か月が経過してから2か月以内に行う必要があります（申請期間 ${d(window.from)}～${d(window.to)}、` +
    `申請日 ${d(appliedOn)}）。`,
};

// The code lists' Japanese labels (GraphQL enums, training-plan-graphql-enums.ts) and the API's refusals.
export const TRAINING_TYPE_LABELS = {
  BASIC: '基本型',
  CAREER_UP: 'キャリア・アップ型',
  DISPATCH_EMPLOYER: '派遣事業主活用型',
} as const;

export const CURRICULUM_ROW_KIND_LABELS = {
  OJT: 'OJT（実習）',
  OFF_JT_LECTURE: 'Off-JT 学科',
  OFF_JT_PRACTICE: 'Off-JT 実技',
} as const;

export const OFF_JT_DELIVERY_LABELS = {
  OUTSIDE_INSTITUTION: '教育訓練機関で実施',
  INVITED_LECTURER: '外部講師を招いて自社内で実施',
  OWN_STAFF: '自社の従業員を講師として実施',
} as const;

export const LECTURER_BASIS_LABELS = {
  SENMON_TEACHER: '専修学校専門課程教員',
  INSTRUCTOR_LICENCE: '職業訓練指導員免許',
  EXPERIENCE: '訓練の職務に係る実務経験（おおむね5年以上）',
  EMPLOYER_OR_OFFICER: '事業主・役員',
} as const;

export const TRAINING_PLAN_STATUS_LABELS = {
  DRAFT: '作成中',
  ACCEPTED: '確認済み（要件充足）',
} as const;

export const TRAINING_PLAN_API_MESSAGES = {
  what: '訓練実施計画',
  notAccepted: '訓練実施計画は要件を満たしていないため確認済みにできません。各項目の指摘を修正してください。',
  companyMissing: '実施企業を指定してください。',
  planOfOtherCompany: '別の企業の訓練実施計画を移すことはできません。',
  caseOfOtherCompany: 'この案件の送出企業・受入企業ではない企業の訓練実施計画は、案件に紐付けられません。',
  traineeNameMissing: '訓練受講者の氏名を入力してください。',
  registrantOfOtherOffice: 'この登録者は担当事務所のコンサルタントと本部のみが扱えます。',
} as const;
