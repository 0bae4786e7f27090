// Every finding of the evaluation-sheet rules: its severity, the spec's rule, the seed line and the Japanese text the
// user reads. Rules refer to these by code only, so wording changes happen here.
import type { FindingSeverity } from '../shared/rule-finding';
import type { CriterionSourceKind, EvaluationState } from './evaluation-sheet';

interface FindingText<A extends unknown[]> {
  readonly severity: FindingSeverity;
  readonly rule: string;
  readonly seed: string;
  readonly message: (...args: A) => string;
}

const error = <A extends unknown[]>(rule: string, seed: string, message: (...args: A) => string) =>
  ({ severity: 'ERROR', rule, seed, message }) satisfies FindingText<A>;
const warning = <A extends unknown[]>(rule: string, seed: string, message: (...args: A) => string) =>
  ({ severity: 'WARNING', rule, seed, message }) satisfies FindingText<A>;

const KEEP_SECTION2 = 'Ⅱ欄はモデル評価シートの記載を変更せずに使用してください';
const KEEP_AND_STRIKE = '必要ない項目は削除せず、評価しなかったものとして残し、「C」欄に斜線を引いてください';
const WHOLE_UNITS = '他の訓練の職務の類型から項目を加えるときは、能力ユニット単位で追加してください';

export const SOURCE_KIND_NAMES: Readonly<Record<CriterionSourceKind, string>> = {
  MODEL_SHEET: 'モデル評価シート',
  ABILITY_STANDARD: '職業能力評価基準',
  DUAL_SYSTEM_TOOL: '日本版デュアルシステム訓練修了後の評価項目作成支援ツール',
  PUBLIC_EXAM: '技能検定その他の公的資格制度における試験基準',
  INDUSTRY_BODY: '業界団体などが作成した企業横断的な評価基準',
  OTHER_BODY: 'その他の団体が作成した評価基準',
  OWN: '独自の項目',
};

/** What the code column holds for each source (S001:742–754). */
const CODE_COLUMN: Readonly<Record<Exclude<CriterionSourceKind, 'OWN'>, string>> = {
  MODEL_SHEET: 'モデル評価シートに記載されているコード番号',
  ABILITY_STANDARD: '引用した能力ユニットのユニット番号',
  DUAL_SYSTEM_TOOL: '引用した項目のコード番号',
  PUBLIC_EXAM: '引用した試験基準などの名称（技能検定等）',
  INDUSTRY_BODY: '評価基準を作成した業界団体などの名称',
  OTHER_BODY: '評価基準を作成した業界団体などの名称',
};

export const EVALUATION_STATE_NAMES: Readonly<Record<EvaluationState, string>> = {
  SELF_RATED: '自己評価',
  COMPANY_RATED: '企業評価',
  CONFIRMED: '評価責任者による確認',
  EXPLAINED: '訓練受講者に対する説明・助言指導',
  ISSUED: '交付',
};

/** Why a criterion needs the lead's check and an explanation (S001:1119, 1127). */
export const FLAG_REASON_NAMES = {
  DIFFERENT: '自己評価と企業評価が異なる',
  SELF_MISSING: '自己評価がない',
  SELF_C: '自己評価がC',
  COMPANY_C: '企業評価がC',
} as const;

export const EVALUATION_SHEET_MESSAGES = {
  // R-ES-1, R-ES-2: header and section I.
  SHEET_HEADER_MISSING: error(
    'R-ES-1',
    'S001:518–530',
    (label: string) => `評価シートの「${label}」が記載されていません`,
  ),
  SHEET_DATE_INVALID: error(
    'R-ES-1',
    'S001:524',
    (value: string) => `評価シートの日付「${value}」は正しい日付ではありません`,
  ),
  OJT_DUTIES_EMPTY: error(
    'R-ES-2',
    'S001:674–679',
    () => '「Ⅰ 企業実習・OJT期間内における職務内容」欄に、OJTの期間と職務内容を記載してください',
  ),
  OJT_PERIOD_INVALID: error(
    'R-ES-2',
    'S001:676',
    (from: string, to: string) =>
      `Ⅰ欄の期間（${from}～${to}）が正しくありません。OJTの実施を予定している期間を記載してください`,
  ),
  OJT_DESCRIPTION_MISSING: error(
    'R-ES-2',
    'S001:678–679',
    () => 'Ⅰ欄の職務内容を、課業ごとにその内容や求める成果とともに、できる限り具体的に記載してください',
  ),
  OJT_KIND_NOT_OJT: warning(
    'R-ES-2',
    'S001:677',
    () => '有期実習型訓練では「区分」欄に「OJT」と記載します（現在「企業実習」）',
  ),

  // R-ES-8: section II unchanged.
  SECTION2_UNIT_MISSING: error(
    'R-ES-8',
    'S001:686',
    (unit: string) => `Ⅱ欄に能力ユニット「${unit}」がありません。${KEEP_SECTION2}`,
  ),
  SECTION2_UNIT_NOT_IN_MODEL: error(
    'R-ES-8',
    'S001:686',
    (unit: string) => `Ⅱ欄の能力ユニット「${unit}」はモデル評価シートにありません。${KEEP_SECTION2}`,
  ),
  SECTION2_CRITERION_MISSING: error(
    'R-ES-8',
    'S001:686',
    (unit: string, n: number, text: string) =>
      `Ⅱ欄「${unit}」の基準(${n})「${text}」がありません。${KEEP_SECTION2}`,
  ),
  SECTION2_CRITERION_NOT_IN_MODEL: error(
    'R-ES-8',
    'S001:686',
    (unit: string, text: string) =>
      `Ⅱ欄「${unit}」の基準「${text}」はモデル評価シートの記載と異なります。${KEEP_SECTION2}`,
  ),
  SECTION2_ORDER_CHANGED: error(
    'R-ES-8',
    'S001:686',
    () => `Ⅱ欄の能力ユニットまたは基準の順序がモデル評価シートと異なります。${KEEP_SECTION2}`,
  ),

  // R-ES-9: section III(1) from the duty type's model, whole units.
  SECTION3_BASIC_MODEL_NOT_LOADED: warning(
    'R-ES-9',
    'S001:693',
    (dutyType: string) =>
      `${dutyType}のモデル評価シート（Ⅲ(1)基本的事項）が登録されていないため、Ⅲ(1)欄の項目を照合できません`,
  ),
  SECTION3_BASIC_UNIT_MISSING: error(
    'R-ES-9',
    'S001:695',
    (dutyType: string, unit: string) =>
      `Ⅲ(1)欄に${dutyType}のモデル評価シートの能力ユニット「${unit}」がありません。${KEEP_AND_STRIKE}`,
  ),
  SECTION3_BASIC_CRITERION_MISSING: error(
    'R-ES-9',
    'S001:695',
    (unit: string, n: number, text: string) =>
      `Ⅲ(1)欄「${unit}」の基準(${n})「${text}」がありません。${KEEP_AND_STRIKE}`,
  ),
  SECTION3_BASIC_CRITERION_NOT_IN_MODEL: error(
    'R-ES-9',
    'S001:694',
    (unit: string, text: string) =>
      `Ⅲ(1)欄「${unit}」の基準「${text}」はモデル評価シートにありません。${WHOLE_UNITS}`,
  ),
  SECTION3_BASIC_UNIT_NOT_IN_MODELS: error(
    'R-ES-9',
    'S001:694',
    (unit: string) =>
      `Ⅲ(1)欄の能力ユニット「${unit}」はどの類型のモデル評価シートにもありません。${WHOLE_UNITS}`,
  ),
  SECTION3_BASIC_PARTIAL_UNIT: error(
    'R-ES-9',
    'S001:694',
    (unit: string, dutyType: string, have: number, total: number) =>
      `Ⅲ(1)欄に追加した「${unit}」は${dutyType}の能力ユニットの一部だけです（${total}項目中 ${have}項目）。${WHOLE_UNITS}`,
  ),
  SECTION3_BASIC_UNIT_DUPLICATED: error(
    'R-ES-9',
    'S001:694',
    (unit: string) => `Ⅲ(1)欄の能力ユニット「${unit}」が重複しています`,
  ),
  SECTION3_BASIC_SOURCE_NOT_MODEL: error(
    'R-ES-9',
    'S001:693',
    (label: string) =>
      `Ⅲ(1)欄の項目はモデル評価シートのものを使用します（${label}の出所がモデル評価シートではありません）`,
  ),

  // R-ES-10: source and code column.
  CRITERION_OWN_HAS_CODE: error(
    'R-ES-10',
    'S001:753',
    (label: string, code: string) =>
      `独自の項目はコード欄を空欄としてください（${label}にコード「${code}」）`,
  ),
  CRITERION_CODE_MISSING: error(
    'R-ES-10',
    'S001:742–751',
    (label: string, kind: Exclude<CriterionSourceKind, 'OWN'>) =>
      `${label}は${SOURCE_KIND_NAMES[kind]}から引用した項目です。コード欄に${CODE_COLUMN[kind]}を記載してください`,
  ),
  CRITERION_SOURCE_NAME_MISSING: error(
    'R-ES-10',
    'S001:736',
    (label: string) => `${label}の「評価基準の出所」に、引用した汎用的な評価基準の名称を記載してください`,
  ),
  MODEL_SHEET_CODE_FORMAT: warning(
    'R-ES-10',
    'S001:743',
    (label: string, code: string) =>
      `${label}のコード「${code}」はモデル評価シートのコード形式ではありません（例: H340231）`,
  ),
  ABILITY_STANDARD_CODE_FORMAT: warning(
    'R-ES-10',
    'S001:745',
    (label: string, code: string) =>
      `${label}のコード「${code}」は職業能力評価基準のユニット番号の形式ではありません（例: 34S100L11）`,
  ),
  MODEL_SHEET_CODE_CHANGED: error(
    'R-ES-10',
    'S001:743',
    (label: string, expected: string, code: string) =>
      `${label}はモデル評価シートの項目です。コード番号は変更せずに「${expected}」と記載してください（現在「${code}」）`,
  ),
  OTHER_BODY_NOT_CONFIRMED: warning(
    'R-ES-10',
    'S001:819',
    (label: string) =>
      `${label}は①～④に該当しない団体の評価基準からの引用です。事前に都道府県労働局（またはハローワーク）に照会し、` +
      '汎用性のある評価基準と認められたことを記録するまで、引用した項目として数えません',
  ),

  // R-ES-11: more than half of III(2) cited.
  SECTION3_SPECIAL_EMPTY: error(
    'R-ES-11',
    'S001:702',
    () => 'Ⅲ(2)専門的事項に評価項目がありません。訓練の職務の内容に応じて項目を設定してください',
  ),
  SECTION3_SPECIAL_NOT_MORE_THAN_HALF: error(
    'R-ES-11',
    'S001:729',
    (total: number, cited: number, required: number) =>
      `Ⅲ(2)専門的事項は、半数を超える項目を汎用性のある評価基準から引用する必要があります` +
      `（現在 ${total}項目中 引用${cited}項目。${required}項目以上の引用が必要です）`,
  ),

  // R-ES-12, R-ES-14: ratings and dates.
  EVALUATION_DATE_INVALID: error(
    'R-ES-14',
    'S001:1077–1095',
    (value: string) => `評価日「${value}」は正しい日付ではありません`,
  ),
  TARGETS_AFTER_START: error(
    'R-ES-14',
    'S001:1079',
    (date: string, start: string) =>
      `評価シートは訓練開始前に訓練の到達目標として提示します（提示日 ${date}、訓練開始日 ${start}）`,
  ),
  MIDTERM_OUTSIDE_PERIOD: error(
    'R-ES-14',
    'S001:1085',
    (date: string, start: string, end: string) =>
      `中間評価は訓練実施中に行います（評価日 ${date}、訓練期間 ${start}～${end}）`,
  ),
  FINAL_TOO_EARLY: error(
    'R-ES-14',
    'S001:1093',
    (date: string, end: string, earliest: string) =>
      `修了評価は訓練修了時に行います（訓練終了日 ${end} の14日前 ${earliest} 以降。現在 ${date}）`,
  ),
  FINAL_BEFORE_MIDTERM: error(
    'R-ES-14',
    'S001:1083–1093',
    (date: string, midterm: string) => `修了評価の日付（${date}）が中間評価の日付（${midterm}）より前です`,
  ),
  RATING_AT_TARGETS: error(
    'R-ES-14',
    'S001:1079',
    (label: string) => `訓練開始前の提示では評価を記載しません（${label}に評価があります）`,
  ),
  RATING_UNKNOWN_CRITERION: error(
    'R-ES-12',
    'S001:1137',
    (key: string) => `評価シートにない項目（${key}）の評価があります`,
  ),
  RATING_ON_STRUCK_CRITERION: error(
    'R-ES-12',
    'S001:539',
    (label: string) =>
      `${label}は「評価を行わなかった」項目（C欄に斜線）のため、自己評価・企業評価は記載できません`,
  ),

  // R-ES-15, R-ES-16: the procedure and the review of flagged criteria.
  STATE_TRANSITION_INVALID: error(
    'R-ES-15',
    'S001:1097–1131',
    (from: string, to: string) =>
      '評価は 自己評価→企業評価→評価責任者による確認→説明・助言指導→交付 の順に進めます' +
      `（「${from}」から「${to}」へは進めません）`,
  ),
  TARGETS_ONLY_PRESENTED: error(
    'R-ES-14',
    'S001:1079',
    () => '訓練開始前の提示では評価を行わないため、交付（提示）のみ記録します',
  ),
  COMPANY_RATING_MISSING: error(
    'R-ES-15',
    'S001:1111',
    (label: string) =>
      `${label}の企業評価（A・B・C）が記載されていません（評価しない項目はC欄に斜線を引きます）`,
  ),
  EVALUATOR_MISSING: error('R-ES-15', 'S001:1111', () => '企業評価を行った評価担当者が記録されていません'),
  LEAD_MISSING: error('R-ES-15', 'S001:1117', () => '評価内容を確認した評価責任者が記録されていません'),
  EVALUATOR_IS_LEAD: error(
    'R-ES-15',
    'S001:1109–1117',
    (name: string) => `評価担当者と評価責任者は別の者とします（いずれも ${name}）`,
  ),
  EVALUATOR_NOT_PLANNED: error(
    'R-ES-15',
    'S001:1111',
    (name: string, planned: string) =>
      `評価担当者（${name}）が訓練実施計画の評価担当者（${planned}）と異なります`,
  ),
  LEAD_NOT_PLANNED: error(
    'R-ES-15',
    'S001:1117',
    (name: string, planned: string) =>
      `評価責任者（${name}）が評価シート・訓練実施計画の評価責任者（${planned}）と異なります`,
  ),
  LEAD_NOTE_MISSING: error(
    'R-ES-16',
    'S001:1119',
    (label: string, reasons: string) =>
      `${label}（${reasons}）について、評価責任者が理由などを詳細に確認した記録がありません`,
  ),
  EXPLANATION_NOTE_MISSING: error(
    'R-ES-16',
    'S001:1127',
    (label: string, reasons: string) =>
      `${label}（${reasons}）について、訓練受講者に理由などを詳細に説明し助言指導した記録がありません`,
  ),
} as const;

export type EvaluationSheetFindingCode = keyof typeof EVALUATION_SHEET_MESSAGES;

/** Labels of the header fields (S001:518–530). */
export const HEADER_LABELS = {
  duty: '訓練の職務',
  traineeName: '訓練参加者氏名',
  company: '実習実施企業',
  evaluationLeadName: '評価責任者氏名',
  representativeName: '代表者氏名',
} as const;

export const SECTION_LABELS = { II: 'Ⅱ', III1: 'Ⅲ(1)', III2: 'Ⅲ(2)' } as const;

/** The headings of the rated sections as the form prints them (S001:541, 552, 582). */
export const SECTION_TITLES = {
  II: 'Ⅱ 職務遂行のための基本的能力',
  III1: 'Ⅲ 技能・技術に関する能力 (1) 基本的事項',
  III2: 'Ⅲ 技能・技術に関する能力 (2) 専門的事項',
} as const;

/** The three moments as the UI and the refusals name them (S001:487–492). */
export const MOMENT_NAMES = { TARGETS: '目標の提示', MIDTERM: '中間評価', FINAL: '修了評価' } as const;

/** The sheet's name and its later alias (spec §3.2 [adopted]). */
export const SHEET_PRINT_TITLE = '評価シート（ジョブ・カード様式4）';
export const SHEET_PRINT_ALIAS = '職業能力証明（訓練成果・実務成果）シート（企業実習・OJT用）（様式3-3-1-1）';

/** What the platform refuses when a sheet is worked through the API (the rules' findings are above). */
export const SHEET_API_MESSAGES = {
  issued: '修了評価を交付した評価シートは変更できません。',
  evaluationIssued: (moment: string) => `${moment}は交付済みのため変更できません。`,
  evaluationMissing: (moment: string) => `${moment}がまだ記録されていません。`,
  advanceRefused: (moment: string, state: string) =>
    `${moment}を「${state}」に進められません。指摘の内容を確認してください。`,
  issueRefused: (moment: string) => `${moment}を交付できません。評価シートと評価の指摘を解消してください。`,
  targetsFirst: '目標の提示(訓練開始前)を交付してから中間評価・修了評価を記録してください。',
  followUpNotOfCase: 'このフォローアップはこの案件のものではありません。',
  followUpOnlyForCase: 'フォローアップを指定できるのは案件の出向者の評価シートのみです。',
  subjectMissing: '対象者 (案件、登録者、企業のいずれか1つ) を指定してください。',
  subjectNotFound: '指定された対象者が見つかりません。',
  periodInvalid: '期間の終了日は開始日以降の日付にしてください。',
  specialModelUnknown: (code: string) => `Ⅲ(2)のモデル評価シート「${code}」は登録されていません。`,
  caseWorkerUnknown: 'この案件の対象労働者ではありません。',
} as const;

/** The stage guard's items on a skills-development secondment (spec §9.1). */
export const SKILLS_DEVELOPMENT_GUARD = {
  targetsLabel: '評価シートの目標の提示',
  targetsDetail: '人材育成型出向では、出向開始(STEP5)の前に評価シートで目標を提示(交付)してください',
  finalLabel: '評価シートの修了評価の交付',
  finalDetail: '人材育成型出向では、完了の前に評価シートの修了評価を交付してください',
} as const;
