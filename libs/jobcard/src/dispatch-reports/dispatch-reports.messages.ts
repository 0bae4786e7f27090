// Every text of the career-up report (様式第11号 (11)) a user reads: the form's labels and headings, the findings.
import { japaneseDate } from '@kakehashi/calendar';
import type { ExclusionReason } from './dispatch-report.types';

export const CATEGORY_LABELS: Readonly<Record<number, string>> = {
  1: '1 フルタイム（1年以上雇用見込み）',
  2: '2 短時間勤務（1年以上雇用見込み）',
  3: '3 1年未満雇用見込み',
};

export const METHOD_LABELS: Readonly<Record<number, string>> = { 1: '1 計画的なOJT', 2: '2 OFF-JT' };

export const COST_LABELS: Readonly<Record<number, string>> = {
  1: '1 無償（実費負担なし）',
  2: '2 無償（実費負担あり）',
  3: '3 有償',
};

export const WAGE_LABELS: Readonly<Record<number, string>> = {
  1: '1 有給（無給部分なし）',
  2: '2 有給（無給部分あり）',
  3: '3 無給',
};

export const EXCLUSION_REASON_TEXTS: Readonly<Record<ExclusionReason, string>> = {
  TENURE_YEAR_4_OR_LATER: '入職後4年目以降の受講のため、1～3年目の欄に計上しません',
  DEEMED_COMPETENT: '受講済みとみなした者は、実施時間の総計・受講者の実人数に算入しません',
  BEFORE_HIRE: '雇入れ日より前の受講のため計上しません',
};

export const NO_FIGURE = '—';

export const REPORT_TITLES = {
  consulting: '① キャリアコンサルティングの窓口 ／ ② キャリアコンサルティングの実施',
  sheet: (categoryLabel: string): string => `③ キャリアアップに資する教育訓練（${categoryLabel}）`,
  wage: '「キャリアアップに資する教育訓練」実施に当たって支払った賃金額（1人1時間当たり平均）',
} as const;

export const CONSULTING_HEADINGS = [
  'キャリアコンサルティングの窓口担当者（計）',
  'うち派遣元責任者との兼任状況',
  'キャリアコンサルタント',
  '職務経験あり',
  '知見あり',
  'キャリアコンサルティングを実施した者の人数',
] as const;

const yearHeadings = (year: number): string[] => [
  `${year}年目 実施時間の総計（a）`,
  `${year}年目 受講者の実人数（b）`,
];

export const SHEET_HEADINGS = [
  '欄',
  '訓練の内容等',
  '対象となる派遣労働者の種別',
  '対象となる派遣労働者数',
  '訓練の方法の別',
  '訓練費負担の別',
  '賃金支給の別',
  '厚生労働大臣が定める基準',
  ...yearHeadings(1),
  ...yearHeadings(2),
  ...yearHeadings(3),
  '1年目 1人当たりの平均実施時間',
  '2年目 1人当たりの平均実施時間',
  '3年目 1人当たりの平均実施時間',
  '1～3年目のaの合計（c）',
  '1～3年目のbの合計（d）',
  '1～3年目の1人当たりの平均実施時間（c ÷ d）',
] as const;

export const WAGE_HEADINGS = ['支払った賃金の総額', '教育訓練の延べ時間', '1人1時間当たり平均'] as const;

export const SHEET_SUMMARY_LABEL = '厚生労働大臣が定める基準を満たす教育訓練';
export const QUALIFYING_TEXT = { yes: '満たす', no: '満たさない' } as const;

/** The form's rows イ–ホ; further courses go on an annex (S002:13), named on with the iroha order. */
const IROHA =
  'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
export function rowLabel(index: number): string {
  if (index < 5) return IROHA.charAt(index);
  return index < IROHA.length ? `${IROHA.charAt(index)}（別紙）` : `別紙${index + 1}`;
}

export const dispatchReportMessages = {
  notWholeNumber: (what: string, value: number): string =>
    `${what}は0以上の整数で入力してください（入力値 ${value}）`,
  concurrentOverTotal: (concurrent: number, total: number): string =>
    `「うち派遣元責任者との兼任状況」は窓口担当者の計の内数です：兼任 ${concurrent}人が計 ${total}人を超えています`,
  categoryInvalid: (value: number): string =>
    `雇用の区分は 1 フルタイム（1年以上雇用見込み）、2 短時間勤務（1年以上雇用見込み）、3 1年未満雇用見込み のいずれかです（入力値 ${value}）`,
  categoryRepeated: (label: string): string =>
    `雇用の区分ごとに別葉にして記載します：「${label}」の別葉が2枚以上あります（コースは1枚にまとめてください）`,
  targetKindsOverTwo: (course: string, count: number): string =>
    `「対象となる派遣労働者」の種別の番号は最大2つまでです：「${course}」に${count}つあります`,
  targetKindsInvalid: (course: string): string =>
    `「対象となる派遣労働者」の種別の番号を1つまたは2つ、重複なく正の整数で記載してください：「${course}」`,
  methodInvalid: (course: string, value: number): string =>
    `訓練の方法の別は 1 計画的なOJT、2 OFF-JT のいずれかです：「${course}」（入力値 ${value}）`,
  costInvalid: (course: string, value: number): string =>
    `訓練費負担の別は 1 無償（実費負担なし）、2 無償（実費負担あり）、3 有償 のいずれかです：「${course}」（入力値 ${value}）`,
  wageInvalid: (course: string, value: number): string =>
    `賃金支給の別は 1 有給（無給部分なし）、2 有給（無給部分あり）、3 無給 のいずれかです：「${course}」（入力値 ${value}）`,
  deemedOverTarget: (course: string, deemed: number, target: number): string =>
    `受講済みとみなした者（${deemed}人）が対象となる派遣労働者（${target}人）を超えています：「${course}」`,
  deemedAttended: (course: string, workerId: string, date: string): string =>
    `受講済みとみなした者（${workerId}）が${japaneseDate(date)}に「${course}」を受講しています：` +
    '実際には受講していない扱いのため、実施時間の総計・受講者の実人数に算入していません',
  beforeHire: (course: string, workerId: string, date: string, hiredOn: string): string =>
    `${workerId}の受講日（${japaneseDate(date)}）が雇入れ日（${japaneseDate(hiredOn)}）より前です：「${course}」`,
  sessionMinutesInvalid: (course: string, date: string, value: number): string =>
    `1コマの時間（分）は1以上の整数で入力してください：「${course}」${japaneseDate(date)}（入力値 ${value}）`,
  attendeeRepeated: (course: string, workerId: string, date: string): string =>
    `${workerId}が「${course}」${japaneseDate(date)}の受講者に2回以上あります：1回として数えています`,
  belowEightHours: (year: number, shown: string): string =>
    `フルタイム勤務で1年以上の雇用見込みのある者については、1年で概ね8時間以上とすることとされています：` +
    `${year}年目の1人当たりの平均実施時間は${shown}時間（端数処理前の値が8時間未満）です`,
} as const;
