import { japaneseDate } from '@kakehashi/calendar';

// The Japanese texts of the trainee's and the employer's eligibility findings (spec §5.12, §5.13). Each names the rule
// as the seed words it, then the figures it was decided on.

/** 2020-04 as 2020年4月. */
export function japaneseYearMonth(yearMonth: string): string {
  return `${Number(yearMonth.slice(0, 4))}年${Number(yearMonth.slice(5, 7))}月`;
}

const monthsText = (months: number): string => {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return years === 0 ? `${months}か月` : `${months}か月（${years}年${rest}か月）`;
};

const period = (from: string, to: string): string => `${japaneseYearMonth(from)}～${japaneseYearMonth(to)}`;

export const ELIGIBILITY_MESSAGES = {
  cumulativeRegularInField: (months: number, from: string, to: string, field: string): string =>
    `訓練実施分野において過去5年以内におおむね3年以上通算して正規雇用されたことがない者であることが必要です` +
    `（${period(from, to)}に「${field}」で正規雇用された期間は通算 ${monthsText(months)}）`,
  continuousRegularAtOneCompany: (months: number, companyName: string, from: string, to: string): string =>
    `訓練実施分野であるか否かに関わりなく過去10年以内に同一企業において、おおむね6年以上継続して正社員として就業経験がない者であることが必要です` +
    `（${companyName}：${period(from, to)}の継続 ${monthsText(months)}）`,
  overridden: (reason: string): string => `（おおむねの基準のため、理由「${reason}」により続行）`,
  historyFieldMissing: (companyName: string): string =>
    `正規雇用の職歴（${companyName}）に分野が入力されていないため、過去5年以内の訓練実施分野での正規雇用期間に数えていません`,
  historyMonthInvalid: (): string => '職歴の期間は年月（例: 2020-04）で入力してください',
  historyEndsBeforeStart: (from: string, to: string): string =>
    `職歴の終了年月（${japaneseYearMonth(to)}）が開始年月（${japaneseYearMonth(from)}）より前です`,
  jobCardNotIssued: (): string =>
    '登録キャリア・コンサルタント（またはジョブ・カード作成アドバイザー）からジョブ・カードの交付を受けた者であることが必要です',
  jobCardIssuedTooLate: (issuedOn: string, start: string): string =>
    `訓練を開始するまでにジョブ・カードの交付を受ける必要があります` +
    `（交付日 ${japaneseDate(issuedOn)}、訓練開始日 ${japaneseDate(start)}）`,
  issuerMissing: (): string =>
    'ジョブ・カードを交付した者（登録キャリア・コンサルタントまたはジョブ・カード作成アドバイザー）を選択してください',
  notJudgedSuitable: (): string =>
    '登録キャリア・コンサルタント（またはジョブ・カード作成アドバイザー）により有期実習型訓練を受講することが相当と判断された者であることが必要です',
  regularAtTrainingCompany: (): string =>
    '訓練を実施する企業に雇用されている有期契約労働者等（有期契約労働者または無期雇用労働者）であることが必要です。正規雇用労働者は対象となりません',
  dispatchedToTrainingCompany: (): string =>
    '訓練を実施する企業に雇用されている有期契約労働者等であることが必要です。' +
    '受け入れている派遣労働者は対象となりません（派遣元が自ら雇用する派遣労働者に訓練を行う場合は、有期契約または無期雇用として登録してください）',
  hiredOnPromiseOfRegular: (): string =>
    '正規雇用労働者等として雇用することを約して雇い入れられた労働者は対象となりません',
  dayStudent: (): string => '昼間学校に在籍している者は対象となりません',
  graduateStartsTooEarly: (graduationOn: string, earliestStart: string, start: string): string =>
    `新規学校卒業予定者は、卒業日の属する月の翌月以降に訓練を実施する場合に限り対象となります` +
    `（卒業日 ${japaneseDate(graduationOn)}、訓練開始日 ${japaneseDate(start)}、開始できるのは${japaneseDate(earliestStart)}以降）`,
  publicTrainingTooRecent: (finishedOn: string, lastExcludedDay: string): string =>
    `公的な職業訓練終了後6か月以内の者は対象となりません` +
    `（終了日 ${japaneseDate(finishedOn)}、${japaneseDate(lastExcludedDay)}までに開始する訓練は対象外）`,
  notInsured: (): string =>
    '有期実習型訓練を実施する事業所において、訓練の終了日または支給申請日に雇用保険被保険者であることが必要です',

  noFixedTermWorkers: (): string =>
    '有期契約労働者等を雇用、または新たに雇い入れる事業主であることが必要です',
  planNotCertified: (): string =>
    '訓練計画を作成し、都道府県労働局長の受給資格認定を受けた事業主であることが必要です',
  notTrainedAsCertified: (): string =>
    '受給資格認定を受けた訓練計画に基づいて訓練を実施した事業主であることが必要です',
  wagesNotPaidProperly: (): string =>
    '訓練期間中も訓練生への賃金を適正に支払っている事業主であることが必要です',
  recordMissing: (record: string): string => `「${record}」を整備している事業主であることが必要です`,
  dismissalInWindow: (dismissedOn: string, from: string, to: string): string =>
    `過去6ヶ月以内に事業主の都合による解雇等をしたことがない事業主であることが必要です` +
    `（${japaneseDate(dismissedOn)}の解雇等が確認期間 ${japaneseDate(from)}～${japaneseDate(to)} にあります）`,
  dismissalDateInvalid: (): string => '事業主都合による解雇等の日付を YYYY-MM-DD で入力してください',
} as const;

/** The three records of R-EM-5 as the seed names them (S003:17–19). */
export const EMPLOYER_RECORD_NAMES = {
  training: '訓練の実施状況を明らかにする書類',
  costs: '訓練に要する経費の負担状況を明らかにする書類',
  wages: '訓練生に対する賃金の支払いの状況を明らかにする書類',
} as const;

export const JOB_CARD_ISSUER_KIND_LABELS = {
  REGISTERED_CAREER_CONSULTANT: '登録キャリア・コンサルタント',
  JOB_CARD_ADVISER: 'ジョブ・カード作成アドバイザー',
} as const;

/** A registrant's history read for the eligibility rules (talent bank work history). */
export const REGISTRANT_HISTORY_MESSAGES = {
  employmentKindMissing: (companyName: string, from: string): string =>
    `職歴（${companyName}、${japaneseYearMonth(from)}～）に雇用形態が入力されていないため、正規雇用の期間として数えていません。` +
    '人材バンクの職務経歴で雇用形態を入力してください',
  otherRequirements:
    '職歴から判定できる要件（過去5年・10年の正規雇用）のみの判定です。雇用形態・ジョブ・カードの交付などの要件は訓練実施計画で確認します',
} as const;
