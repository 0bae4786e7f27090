// Every text of the subsidy estimates a user reads: labels, the computation shown beside each amount, findings, notes.
import { formatFiscalYear, japaneseDate } from '@kakehashi/calendar';
import { formatCount, formatYen } from '../shared/format-yen';
import type { CompanySize, ConversionKind } from './rate-tables';

export const COMPANY_SIZE_LABELS: Readonly<Record<CompanySize, string>> = {
  SME: '中小企業',
  LARGE: '大企業',
};

export const CONVERSION_KIND_LABELS: Readonly<Record<ConversionKind, string>> = {
  FIXED_TO_REGULAR: '①有期→正規',
  FIXED_TO_INDEFINITE: '②有期→無期',
  INDEFINITE_TO_REGULAR: '③無期→正規',
};

export const TRAINING_LINE_LABELS = {
  OFF_JT_WAGE: 'Off-JT 賃金助成',
  OFF_JT_COST: 'Off-JT 経費助成',
  OJT: 'OJT 実施助成',
} as const;

/** The cost brackets as S003:32 words them. */
export const COST_BRACKET_LABELS = ['100時間未満', '100時間以上200時間未満', '200時間以上'] as const;

export const CONVERSION_REFUSAL_HEADER = '申請できない方';

/** Minutes as h時間m分 (spec §2.1): 5970 → 99時間30分, 7200 → 120時間. */
export function hoursAndMinutes(minutes: number): string {
  const rest = minutes % 60;
  const hours = `${formatCount((minutes - rest) / 60)}時間`;
  return rest === 0 ? hours : `${hours}${rest}分`;
}

/** 「760円 × 120時間 = 91,200円」, with the cap or the dropped minutes said when they changed the hours. */
export function perHourComputation(
  rate: number,
  paidHours: number,
  amount: number,
  actualMinutes: number,
  capped: boolean,
): string {
  const base = `${formatYen(rate)} × ${formatCount(paidHours)}時間 = ${formatYen(amount)}`;
  if (capped) return `${base}（実績 ${hoursAndMinutes(actualMinutes)}、上限 ${formatCount(paidHours)}時間）`;
  if (actualMinutes % 60 !== 0) return `${base}（${hoursAndMinutes(actualMinutes)}の1時間未満は切り捨て）`;
  return base;
}

/** 「実費 150,000円と上限 200,000円（Off-JT 100時間以上200時間未満）の少ない方 = 150,000円」 */
export function costComputation(
  costBorne: number,
  bracketCap: number,
  bracket: number,
  amount: number,
): string {
  return (
    `実費 ${formatYen(costBorne)}と上限 ${formatYen(bracketCap)}（Off-JT ${COST_BRACKET_LABELS[bracket]}）` +
    `の少ない方 = ${formatYen(amount)}`
  );
}

/** 「469,200円 + 368,800円 = 838,000円」; a single amount is shown as itself. */
export function sumComputation(amounts: readonly number[], total: number): string {
  if (amounts.length === 0) return formatYen(0);
  if (amounts.length === 1) return formatYen(total);
  return `${amounts.map(formatYen).join(' + ')} = ${formatYen(total)}`;
}

/** 「①有期→正規 1人あたり 570,000円（中小企業）」 and the dispatch addition when it applies. */
export function conversionComputation(
  kind: ConversionKind,
  size: CompanySize,
  productivityUplift: boolean,
  base: number,
  dispatchAddition: number,
): string {
  const uplift = productivityUplift ? '、生産性の向上が認められる場合' : '';
  const text = `${CONVERSION_KIND_LABELS[kind]} 1人あたり ${formatYen(base)}（${COMPANY_SIZE_LABELS[size]}${uplift}）`;
  if (dispatchAddition === 0) return text;
  return `${text} + 派遣労働者の直接雇用の加算 ${formatYen(dispatchAddition)} = ${formatYen(base + dispatchAddition)}`;
}

/** 「①有期→正規 570,000円 × 3人 + ③無期→正規 285,000円 × 1人 = 1,995,000円」 */
export function conversionTotalComputation(
  groups: readonly { label: string; amount: number; people: number }[],
  total: number,
): string {
  if (groups.length === 0) return formatYen(0);
  const terms = groups.map((group) => `${group.label} ${formatYen(group.amount)} × ${group.people}人`);
  return `${terms.join(' + ')} = ${formatYen(total)}`;
}

export const SUBSIDY_NOTES = {
  costIncreaseAfterConversion:
    '有期実習型訓練後に正規雇用等に転換された場合は経費助成の増額がありますが、金額が示されていないため、この試算には含めていません。',
  noUpliftInTable:
    'この支給額表には生産性の向上が認められる場合の割増額がないため、割増のない金額で試算しています。',
  trainingPreconditions:
    '受給資格認定を受けた訓練実施計画に基づく訓練と、訓練修了時の職業能力の評価が前提の試算です。',
} as const;

export const subsidyMessages = {
  invalidWholeNumber: (who: string, what: string, value: number): string =>
    `${who}の${what}は0以上の整数で入力してください（入力値 ${value}）`,

  capExceeded: (who: string, cap: number, fiscalYear: number, ordinal: number): string =>
    `①～③合わせて、1年度1事業所当たりの支給申請上限人数は${cap}人までです：` +
    `${who}は${formatFiscalYear(fiscalYear)}の${ordinal}人目のため申請できません`,

  outsideWindow: (
    who: string,
    convertedOn: string,
    from: string,
    to: string,
    applicationOn: string,
  ): string =>
    `転換後6ヶ月が経過してから2ヶ月以内に申請する必要があります：${who}（転換日 ${japaneseDate(convertedOn)}）の` +
    `申請期間は${japaneseDate(from)}～${japaneseDate(to)}で、申請日${japaneseDate(applicationOn)}はその外です`,

  kindNotInTable: (who: string, scheme: string, kind: ConversionKind): string =>
    `${scheme}には「${CONVERSION_KIND_LABELS[kind]}」の支給額がありません：${who}は試算に含めていません`,

  tableNotInForce: (who: string, convertedOn: string, used: string, inForce: string | null): string =>
    inForce === null
      ? `${who}の転換日（${japaneseDate(convertedOn)}）に適用される支給額表がありません（試算に使った表：${used}）`
      : `${who}の転換日（${japaneseDate(convertedOn)}）に適用される支給額表は${inForce}です（試算に使った表：${used}）`,
} as const;

export const SUBSIDY_ESTIMATE_KIND_LABELS = {
  TRAINING: '人材開発支援助成金（特別育成訓練コース）',
  CONVERSION: 'キャリアアップ助成金（正社員化コース）',
} as const;

/** What a case adds to an estimate attached to it (spec §9.1), and the API's refusals. */
export const SUBSIDY_CASE_MESSAGES = {
  secondeeNotCovered:
    '在籍型出向の出向者が出向元の正規雇用労働者である場合、この助成金の対象になりません（有期実習型訓練は訓練を実施する企業の有期契約労働者等が対象です）。出向者については評価シートによる能力評価の方法のみ活用できます。',
  sizeAtSubmission: (label: string) =>
    `企業規模は訓練実施計画の提出時の内容（${label}）で試算しています（提出後に規模が変わっても支給額は変わりません）。`,
  planNotAccepted:
    '紐付けた訓練実施計画は要件を満たす確認がまだ済んでいません。受給資格認定を受けた計画であることが支給の前提です。',
  noRateTable: (day: string) => `${day}に適用される支給額表がありません。`,
  unknownRateTable: '指定された支給額表がありません。',
  inputMissing: (kind: string) => `${kind}の試算の入力を指定してください。`,
  planOfOtherCase: 'この案件に紐付いていない訓練実施計画は指定できません。',
} as const;
