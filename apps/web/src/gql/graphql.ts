/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 年齢層 (統計用。マッチングには使いません) / Age band, for statistics only (never matched on). */
export type AgeBand =
  /** 30代 */
  | 'FROM_30_TO_39'
  /** 40代 */
  | 'FROM_40_TO_49'
  /** 50代 */
  | 'FROM_50_TO_59'
  /** 60歳以上 */
  | 'SIXTY_AND_OVER'
  /** 30歳未満 */
  | 'UNDER_30';

/** 案件の段階 (在籍型出向: STEP1〜6、移籍: 情報収集〜採用〜フォローアップ) / Stage of a case. */
export type CaseStage =
  /** 完了 */
  | 'COMPLETED'
  /** STEP4 出向契約の締結 */
  | 'CONTRACT'
  /** STEP6 フォローアップ */
  | 'FOLLOW_UP'
  /** 採用(移籍)：移籍のみ。成立の段階 */
  | 'HIRED'
  /** 採用内定：移籍のみ */
  | 'HIRING_AGREED'
  /** STEP1 情報収集 */
  | 'INFORMATION_COLLECTION'
  /** 出向元の社内手続：在籍型出向のみ。労働条件の明示、対象労働者の選定と同意、労働組合との合意 */
  | 'INTERNAL_PROCEDURE'
  /** STEP2 企業間面談 */
  | 'INTER_COMPANY_MEETING'
  /** 不成立 */
  | 'NOT_ESTABLISHED'
  /** STEP5 出向の開始：在籍型出向の成立の段階 */
  | 'STARTED'
  /** STEP3 職場見学 */
  | 'WORKPLACE_TOUR';

/** タスクの状態 / Status of a task. */
export type CaseTaskStatus =
  /** 取消：予定の変更または案件の終了により取り消されました */
  | 'CANCELLED'
  /** 完了 */
  | 'DONE'
  /** 期限到来 */
  | 'DUE'
  /** 予定 */
  | 'SCHEDULED';

/** 自分のパスワードの変更 / Change one’s own password. */
export type ChangeMyPasswordInput = {
  currentPassword: string;
  /** 12文字以上 / At least 12 characters. */
  newPassword: string;
};

/** 企業の絞り込み条件 (すべて AND) / Company filters, combined with AND. */
export type CompanyFilterInput = {
  /** 法人番号の完全一致 / Exact corporate number. */
  corporateNumber?: string | null | undefined;
  jsicMajorCode?: string | null | undefined;
  owningOfficeId?: string | number | null | undefined;
  prefectureCode?: string | null | undefined;
  /** 会社名・フリガナの部分一致 (全角半角・かなカナ・法人格の表記ゆれを吸収)。13桁の数字なら法人番号の完全一致 / Name or kana, partial; 13 digits search the corporate number. */
  query?: string | null | undefined;
  size?: CompanySize | null | undefined;
};

/** 企業規模 / Company size. */
export type CompanySize =
  /** 大企業 */
  | 'LARGE'
  /** 中小企業 */
  | 'SME';

/** 案件の作成: マッチングで採用した組み合わせ、または送出情報と受入情報から / Open a case from a taken-up match or an offer pair. */
export type CreateCaseInput = {
  /** 採用したマッチング (指定すると送出・受入情報と人数を引き継ぐ) / A taken-up suggestion. */
  matchDecisionId?: string | number | null | undefined;
  /** 在籍型出向か移籍か (双方の情報が一つに決まる場合は省略可) / Move type. */
  moveType?: MoveType | null | undefined;
  /** 人数 (省略時は採用時の人数または1) / People. */
  people?: number | null | undefined;
  /** 受入側の担当コンサルタント (省略時、受入側事務所の作成者) / Receiving-side consultant. */
  receivingConsultantId?: string | number | null | undefined;
  receivingOfferId?: string | number | null | undefined;
  /** 送出側の担当コンサルタント (省略時、送出側事務所の作成者) / Sending-side consultant. */
  sendingConsultantId?: string | number | null | undefined;
  sendingOfferId?: string | number | null | undefined;
};

/** 企業の登録 / Register a company. */
export type CreateCompanyInput = {
  address?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 法人番号 (13桁) / Corporate number. */
  corporateNumber?: string | null | undefined;
  employeeCount?: number | null | undefined;
  /** 産業分類 大分類コード (A〜T) / JSIC major group code. */
  jsicMajorCode: string;
  /** 産業分類 中分類コード (2桁) / JSIC middle group code. */
  jsicMiddleCode?: string | null | undefined;
  /** 法人名 (必須、200文字以内) / Legal name. */
  legalName: string;
  /** フリガナ (カタカナ・ひらがな) / Name in kana. */
  legalNameKana?: string | null | undefined;
  /** 備考 (2000文字以内) / Notes. */
  notes?: string | null | undefined;
  /** 担当事務所。本部・管理者は必須、コンサルタントは省略すると自事務所 / Owning office: required for HQ and admins; consultants get their own. */
  owningOfficeId?: string | number | null | undefined;
  /** 都道府県コード (01〜47) / Prefecture code. */
  prefectureCode: string;
  size: CompanySize;
};

/** 受入情報の登録 / Record receiving information. */
export type CreateReceivingOfferInput = {
  /** 受入企業 (担当事務所は企業の担当事務所) / The company; the offer takes its office. */
  companyId: string | number;
  /** 提供する職場の条件 / Conditions offered. */
  conditions?: Array<WorkplaceCondition> | null | undefined;
  /** 業務内容 / Duties. */
  duties?: string | null | undefined;
  /** 職種名 (必須) / Job title. */
  jobTitle: string;
  /** 必要な経験年数 (0〜60) / Minimum years of experience. */
  minExperienceYears?: number | null | undefined;
  /** 月額賃金 (円) / Monthly wage in yen. */
  monthlyWage?: number | null | undefined;
  /** 受入れ可能な形態 (1つ以上) / Kinds of move accepted (at least one). */
  moveTypes: Array<MoveType>;
  /** 備考 (2000文字以内) / Notes. */
  notes?: string | null | undefined;
  /** 職業分類 大分類コード (A〜L) / Occupation major group code. */
  occupationCode: string;
  /** 募集人数 (必須、1以上) / People wanted; required. */
  peopleWanted?: number | null | undefined;
  /** 期間 (1〜36か月) / Period offered in months. */
  periodMonths?: number | null | undefined;
  /** 歓迎するスキル・免許・資格 / Preferred skills as typed. */
  preferredSkills?: Array<string> | null | undefined;
  /** 受付日 (YYYY-MM-DD、省略時は今日) / Date received; today if omitted. */
  receivedOn?: string | null | undefined;
  /** 必須のスキル・免許・資格 (自由入力) / Required skills as typed; resolved against the dictionary. */
  requiredSkills?: Array<string> | null | undefined;
  shiftPattern?: ShiftPattern | null | undefined;
  /** 開始希望日 (YYYY-MM-DD) / Start wanted by. */
  startBy?: string | null | undefined;
  /** 勤務時間 (例: 8:30〜17:30) / Working hours. */
  workingHours?: string | null | undefined;
  /** 就業場所の市区町村 / Workplace city. */
  workplaceCity?: string | null | undefined;
  /** 就業場所の都道府県コード (01〜47) / Workplace prefecture code. */
  workplacePrefectureCode: string;
};

/** 送出情報の登録 / Record sending information. */
export type CreateSendingOfferInput = {
  /** 勤務可能な都道府県 (空は全国可) / Acceptable prefectures. */
  acceptablePrefectureCodes?: Array<string> | null | undefined;
  ageBand?: AgeBand | null | undefined;
  /** 送出企業 (担当事務所は企業の担当事務所) / The company; the offer takes its office. */
  companyId: string | number;
  /** 希望する職場の条件 / Conditions wanted. */
  conditions?: Array<WorkplaceCondition> | null | undefined;
  /** 希望期間 (1〜36か月) / Desired period in months. */
  desiredPeriodMonths?: number | null | undefined;
  /** 開始可能日 (YYYY-MM-DD) / Earliest start date. */
  earliestStartOn?: string | null | undefined;
  /** 経験年数 (0〜60) / Years of experience. */
  experienceYears?: number | null | undefined;
  /** 職種名 (必須) / Job title. */
  jobTitle: string;
  /** 現在の月額賃金 (円) / Current monthly wage in yen. */
  monthlyWage?: number | null | undefined;
  /** 希望する形態 (必須) / Kind of move wanted; required. */
  moveType?: MoveTypeWanted | null | undefined;
  /** 備考 (2000文字以内) / Notes. */
  notes?: string | null | undefined;
  /** 職業分類 大分類コード (A〜L) / Occupation major group code. */
  occupationCode: string;
  /** 人数 (必須、1以上) / Number of people; required. */
  peopleCount?: number | null | undefined;
  /** 送出理由 (必須) / Reason; required. */
  reason?: SendingReason | null | undefined;
  /** 理由の詳細 (「その他」は必須) / Reason detail; required for OTHER. */
  reasonDetail?: string | null | undefined;
  /** 受付日 (YYYY-MM-DD、省略時は今日) / Date received; today if omitted. */
  receivedOn?: string | null | undefined;
  /** スキル・免許・資格 (自由入力。辞書で表記ゆれを吸収) / Skills as typed; resolved against the dictionary. */
  skills?: Array<string> | null | undefined;
};

/** 候補の除外 / Dismiss a suggestion. */
export type DismissMatchInput = {
  /** 理由の詳細 (その他の場合は必須) / Details; required for OTHER. */
  reason?: string | null | undefined;
  reasonCode: MatchDismissalReason;
  receivingOfferId: string | number;
  sendingOfferId: string | number;
};

/** ログイン / Sign-in. */
export type LoginInput = {
  email: string;
  password: string;
};

/** 除外の理由 / Why a suggestion was dismissed. */
export type MatchDismissalReason =
  /** 他で調整済み */
  | 'ALREADY_ARRANGED'
  /** 企業が辞退 */
  | 'COMPANY_DECLINED'
  /** 労働条件が合わない */
  | 'CONDITIONS'
  /** 勤務地が合わない */
  | 'LOCATION'
  /** その他 */
  | 'OTHER'
  /** 期間・時期が合わない */
  | 'PERIOD_OR_TIMING'
  /** スキル・資格が合わない */
  | 'SKILLS_MISMATCH';

/** マッチングの評価要素 / A factor the matching engine scores. */
export type MatchFactorKey =
  /** 職場環境・条件 */
  | 'CONDITIONS'
  /** 経験年数 */
  | 'EXPERIENCE'
  /** 出向・移籍の形態 */
  | 'MOVE_TYPE'
  /** 職種の近さ */
  | 'OCCUPATION'
  /** 人数 */
  | 'PEOPLE'
  /** 期間 */
  | 'PERIOD'
  /** 歓迎資格・スキル */
  | 'PREFERRED_SKILLS'
  /** 勤務地 */
  | 'REGION'
  /** 必須資格・スキル */
  | 'REQUIRED_SKILLS'
  /** 開始時期 */
  | 'START'
  /** 職務内容の類似度 */
  | 'TEXT'
  /** 賃金 */
  | 'WAGE';

/** マッチング候補の絞り込み / Narrow the suggested counterparts. */
export type MatchFiltersInput = {
  /** 除外済みの組み合わせも表示 / Include dismissed pairs. */
  includeDismissed?: boolean | null | undefined;
  /** 最低スコア 0〜1 / Minimum score. */
  minScore?: number | null | undefined;
  /** 出向・移籍の別 / Only pairs that can be this move. */
  moveType?: MoveType | null | undefined;
  /** 職業大分類コード / Occupation major groups. */
  occupationCodes?: Array<string> | null | undefined;
  /** 都道府県コード (勤務地・所在地) / JIS prefecture codes. */
  prefectureCodes?: Array<string> | null | undefined;
  /** 地方 (関東, 近畿 など) / Regions. */
  regions?: Array<string> | null | undefined;
};

/** 送出情報と受入情報の組み合わせ / A sending and a receiving offer. */
export type MatchPairInput = {
  receivingOfferId: string | number;
  sendingOfferId: string | number;
};

/** 在籍型出向 (SECONDMENT) または移籍 (TRANSFER) / Secondment or transfer. */
export type MoveType =
  /** 在籍型出向 */
  | 'SECONDMENT'
  /** 移籍 */
  | 'TRANSFER';

/** 送出企業が希望する形態 / The kind of move a sending company wants. */
export type MoveTypeWanted =
  /** 在籍型出向・移籍のいずれも可 */
  | 'EITHER'
  /** 在籍型出向 */
  | 'SECONDMENT'
  /** 移籍 */
  | 'TRANSFER';

/** 送出情報・受入情報の絞り込み条件 (すべて AND) / Offer filters, combined with AND. */
export type OfferFilterInput = {
  /** 企業 / Company. */
  companyId?: string | number | null | undefined;
  /** 企業の産業分類 大分類 / The company’s JSIC major group. */
  jsicMajorCode?: string | null | undefined;
  /** 形態 (受入情報はその形態を受け入れるもの、送出情報はその形態か「いずれも可」を希望するもの) / Move type accepted or wanted. */
  moveType?: MoveType | null | undefined;
  /** 職業分類 大分類 / Occupation major group. */
  occupationCode?: string | null | undefined;
  /** 担当事務所 / Owning office. */
  owningOfficeId?: string | number | null | undefined;
  /** 都道府県コード (送出情報は企業の所在地、受入情報は就業場所) / Prefecture: the sending company’s, or the workplace’s. */
  prefectureCode?: string | null | undefined;
  /** 受付日の開始 (この日を含む) / Received on or after. */
  receivedFrom?: string | null | undefined;
  /** 受付日の終了 (この日を含む) / Received on or before. */
  receivedTo?: string | null | undefined;
  status?: OfferStatus | null | undefined;
};

/** 送出情報・受入情報の状況 / Status of an offer. */
export type OfferStatus =
  /** 終了 */
  | 'CLOSED'
  /** 調整中 */
  | 'IN_PROGRESS'
  /** 受付中 */
  | 'OPEN';

/** 本部 (HEADQUARTERS) または地方事務所 (REGIONAL) / Headquarters or regional office. */
export type OfficeKind =
  /** 本部 */
  | 'HEADQUARTERS'
  /** 地方事務所 */
  | 'REGIONAL';

/** ユーザーのロール (1人1ロール) / A user’s single role. */
export type Role =
  /** 管理者：ユーザーと設定の管理 */
  | 'ADMIN'
  /** コンサルタント：地方事務所に所属するコンサルタント */
  | 'CONSULTANT'
  /** 経営層：全国の統計を閲覧 */
  | 'EXECUTIVE'
  /** 本部コーディネーター：センター本部のコーディネーター */
  | 'HQ_COORDINATOR'
  /** 提携機関(支部)：提携機関の支店・支部 */
  | 'PARTNER_BRANCH'
  /** 提携機関(本部)：提携機関の本部(機関全体) */
  | 'PARTNER_HQ';

/** 送出の理由 / Why the company sends people. */
export type SendingReason =
  /** 人件費の削減 */
  | 'COST_REDUCTION'
  /** 雇用調整 */
  | 'EMPLOYMENT_ADJUSTMENT'
  /** その他 */
  | 'OTHER'
  /** 事業再構築・構造改革 */
  | 'RESTRUCTURING'
  /** 人材育成・技能習得 */
  | 'SKILLS_DEVELOPMENT';

/** 勤務形態 / Shift pattern. */
export type ShiftPattern =
  /** 日勤のみ */
  | 'DAY'
  /** シフト相談可 */
  | 'FLEXIBLE'
  /** 夜勤あり */
  | 'NIGHT'
  /** 交替制 */
  | 'ROTATING';

/** スキル辞書の分類 / Category of a dictionary entry. */
export type SkillCategory =
  /** 免許 */
  | 'LICENCE'
  /** 資格 */
  | 'QUALIFICATION'
  /** スキル */
  | 'SKILL';

/** 候補の採用 / Take up a suggestion. */
export type TakeUpMatchInput = {
  /** 一括割当の提案から採用した場合の実行ID / The batch run it came from. */
  assignmentRunId?: string | number | null | undefined;
  /** メモ / Note. */
  note?: string | null | undefined;
  /** 提案人数 (省略時は双方の残り人数の小さい方) / People proposed. */
  people?: number | null | undefined;
  receivingOfferId: string | number;
  sendingOfferId: string | number;
};

/** 企業の編集。省略した項目は変更しません / Edit a company; omitted fields stay as they are. */
export type UpdateCompanyInput = {
  address?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 法人番号 (13桁) / Corporate number. */
  corporateNumber?: string | null | undefined;
  employeeCount?: number | null | undefined;
  /** 編集を始めたときの version / The version the edit started from. */
  expectedVersion: number;
  id: string | number;
  /** 産業分類 大分類コード (A〜T) / JSIC major group code. */
  jsicMajorCode?: string | null | undefined;
  /** 産業分類 中分類コード (2桁) / JSIC middle group code. */
  jsicMiddleCode?: string | null | undefined;
  /** 法人名 (必須、200文字以内) / Legal name. */
  legalName?: string | null | undefined;
  /** フリガナ (カタカナ・ひらがな) / Name in kana. */
  legalNameKana?: string | null | undefined;
  /** 備考 (2000文字以内) / Notes. */
  notes?: string | null | undefined;
  /** 担当事務所の変更 (本部・管理者のみ) / Hand over to another office (HQ and admins). */
  owningOfficeId?: string | number | null | undefined;
  /** 都道府県コード (01〜47) / Prefecture code. */
  prefectureCode?: string | null | undefined;
  size?: CompanySize | null | undefined;
};

/** 受入情報の編集。省略した項目は変更しません / Edit receiving information; omitted fields stay as they are. */
export type UpdateReceivingOfferInput = {
  /** 提供する職場の条件 / Conditions offered. */
  conditions?: Array<WorkplaceCondition> | null | undefined;
  /** 業務内容 / Duties. */
  duties?: string | null | undefined;
  /** 編集を始めたときの version / The version the edit started from. */
  expectedVersion: number;
  id: string | number;
  /** 職種名 (必須) / Job title. */
  jobTitle?: string | null | undefined;
  /** 必要な経験年数 (0〜60) / Minimum years of experience. */
  minExperienceYears?: number | null | undefined;
  /** 月額賃金 (円) / Monthly wage in yen. */
  monthlyWage?: number | null | undefined;
  /** 受入れ可能な形態 (1つ以上) / Kinds of move accepted (at least one). */
  moveTypes?: Array<MoveType> | null | undefined;
  /** 備考 (2000文字以内) / Notes. */
  notes?: string | null | undefined;
  /** 職業分類 大分類コード (A〜L) / Occupation major group code. */
  occupationCode?: string | null | undefined;
  /** 募集人数 (必須、1以上) / People wanted; required. */
  peopleWanted?: number | null | undefined;
  /** 期間 (1〜36か月) / Period offered in months. */
  periodMonths?: number | null | undefined;
  /** 歓迎するスキル・免許・資格 / Preferred skills as typed. */
  preferredSkills?: Array<string> | null | undefined;
  /** 受付日 (YYYY-MM-DD、省略時は今日) / Date received; today if omitted. */
  receivedOn?: string | null | undefined;
  /** 必須のスキル・免許・資格 (自由入力) / Required skills as typed; resolved against the dictionary. */
  requiredSkills?: Array<string> | null | undefined;
  shiftPattern?: ShiftPattern | null | undefined;
  /** 開始希望日 (YYYY-MM-DD) / Start wanted by. */
  startBy?: string | null | undefined;
  /** 状況 (終了から戻せるのは残り人数がある場合のみ) / Status; a closed offer reopens only with people left. */
  status?: OfferStatus | null | undefined;
  /** 勤務時間 (例: 8:30〜17:30) / Working hours. */
  workingHours?: string | null | undefined;
  /** 就業場所の市区町村 / Workplace city. */
  workplaceCity?: string | null | undefined;
  /** 就業場所の都道府県コード (01〜47) / Workplace prefecture code. */
  workplacePrefectureCode?: string | null | undefined;
};

/** 送出情報の編集。省略した項目は変更しません / Edit sending information; omitted fields stay as they are. */
export type UpdateSendingOfferInput = {
  /** 勤務可能な都道府県 (空は全国可) / Acceptable prefectures. */
  acceptablePrefectureCodes?: Array<string> | null | undefined;
  ageBand?: AgeBand | null | undefined;
  /** 希望する職場の条件 / Conditions wanted. */
  conditions?: Array<WorkplaceCondition> | null | undefined;
  /** 希望期間 (1〜36か月) / Desired period in months. */
  desiredPeriodMonths?: number | null | undefined;
  /** 開始可能日 (YYYY-MM-DD) / Earliest start date. */
  earliestStartOn?: string | null | undefined;
  /** 編集を始めたときの version / The version the edit started from. */
  expectedVersion: number;
  /** 経験年数 (0〜60) / Years of experience. */
  experienceYears?: number | null | undefined;
  id: string | number;
  /** 職種名 (必須) / Job title. */
  jobTitle?: string | null | undefined;
  /** 現在の月額賃金 (円) / Current monthly wage in yen. */
  monthlyWage?: number | null | undefined;
  /** 希望する形態 (必須) / Kind of move wanted; required. */
  moveType?: MoveTypeWanted | null | undefined;
  /** 備考 (2000文字以内) / Notes. */
  notes?: string | null | undefined;
  /** 職業分類 大分類コード (A〜L) / Occupation major group code. */
  occupationCode?: string | null | undefined;
  /** 人数 (必須、1以上) / Number of people; required. */
  peopleCount?: number | null | undefined;
  /** 送出理由 (必須) / Reason; required. */
  reason?: SendingReason | null | undefined;
  /** 理由の詳細 (「その他」は必須) / Reason detail; required for OTHER. */
  reasonDetail?: string | null | undefined;
  /** 受付日 (YYYY-MM-DD、省略時は今日) / Date received; today if omitted. */
  receivedOn?: string | null | undefined;
  /** スキル・免許・資格 (自由入力。辞書で表記ゆれを吸収) / Skills as typed; resolved against the dictionary. */
  skills?: Array<string> | null | undefined;
  /** 状況 (終了から戻せるのは残り人数がある場合のみ) / Status; a closed offer reopens only with people left. */
  status?: OfferStatus | null | undefined;
};

/** 職場の条件 (送出側は希望、受入側は提供) / Workplace conditions wanted or offered. */
export type WorkplaceCondition =
  /** マイカー通勤可 */
  | 'CAR_COMMUTE'
  /** 住居・寮の提供 */
  | 'HOUSING_PROVIDED'
  /** 資格取得支援 */
  | 'LICENCE_SUPPORT'
  /** 身体的負担が軽い */
  | 'LIGHT_PHYSICAL_WORK'
  /** 夜勤なし */
  | 'NO_NIGHT_SHIFT'
  /** 60歳以上歓迎 */
  | 'SENIOR_FRIENDLY'
  /** 短時間勤務可 */
  | 'SHORT_HOURS'
  /** 教育・研修あり */
  | 'TRAINING_PROVIDED'
  /** 週休二日制 */
  | 'TWO_DAYS_OFF'
  /** 女性が働きやすい職場 */
  | 'WOMEN_FRIENDLY';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, role: Role, office: { id: string, code: string, nameJa: string } | null } };

export type HomeQueryVariables = Exact<{
  receivedFrom: string;
}>;


export type HomeQuery = { overdue: { totalCount: number, edges: Array<{ node: { id: string, title: string, dueOn: string, caseId: string, caseNumber: number, status: CaseTaskStatus } }> }, due: { totalCount: number, edges: Array<{ node: { id: string, title: string, dueOn: string, caseId: string, caseNumber: number, status: CaseTaskStatus } }> }, upcoming: { totalCount: number, edges: Array<{ node: { id: string, title: string, dueOn: string, caseId: string, caseNumber: number, status: CaseTaskStatus } }> }, notifications: { totalCount: number, edges: Array<{ node: { id: string, title: string, body: string, createdAt: string } }> }, caseBoard: { totalCount: number, office: { id: string, nameJa: string }, columns: Array<{ stage: CaseStage, stageLabel: string, count: number }> }, sendingOffers: { totalCount: number, edges: Array<{ node: { id: string, jobTitle: string, peopleCount: number, receivedOn: string, company: { id: string, legalName: string } } }> }, receivingOffers: { totalCount: number, edges: Array<{ node: { id: string, jobTitle: string, peopleWanted: number, receivedOn: string, company: { id: string, legalName: string } } }> } };

export type HomeTaskFragment = { id: string, title: string, dueOn: string, caseId: string, caseNumber: number, status: CaseTaskStatus };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { signIn: { idleExpiresAt: string, user: { id: string, name: string } } };

export type ChangeMyPasswordInSessionMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangeMyPasswordInSessionMutation = { changeMyPasswordInSession: { idleExpiresAt: string, user: { id: string } } };

export type SendingOfferMatchesQueryVariables = Exact<{
  id: string | number;
  filters?: MatchFiltersInput | null | undefined;
  first: number;
}>;


export type SendingOfferMatchesQuery = { sendingOffer: { id: string, jobTitle: string, peopleCount: number, peopleAvailable: number, company: { id: string, legalName: string } } | null, matchesForSendingOffer: { sendingOfferId: string, counterpartsIndexed: number, items: Array<{ rank: number, scorePoints: number, dismissed: boolean, takenUpDecisionId: string | null, caseId: string | null, moveTypes: Array<MoveType>, reasons: Array<string>, gaps: Array<string>, notes: Array<string>, counterpartId: string, counterpart: { id: string, jobTitle: string, peopleRemaining: number, company: { id: string, legalName: string } }, factors: Array<{ factor: MatchFactorKey, label: string, points: number, maxPoints: number }> }> } };

export type ReceivingOfferMatchesQueryVariables = Exact<{
  id: string | number;
  filters?: MatchFiltersInput | null | undefined;
  first: number;
}>;


export type ReceivingOfferMatchesQuery = { receivingOffer: { id: string, jobTitle: string, peopleWanted: number, peopleRemaining: number, company: { id: string, legalName: string } } | null, matchesForReceivingOffer: { receivingOfferId: string, counterpartsIndexed: number, items: Array<{ rank: number, scorePoints: number, dismissed: boolean, takenUpDecisionId: string | null, caseId: string | null, moveTypes: Array<MoveType>, reasons: Array<string>, gaps: Array<string>, notes: Array<string>, counterpartId: string, counterpart: { id: string, jobTitle: string, peopleAvailable: number, company: { id: string, legalName: string } }, factors: Array<{ factor: MatchFactorKey, label: string, points: number, maxPoints: number }> }> } };

export type DismissedForSendingOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type DismissedForSendingOfferQuery = { dismissed: { totalCount: number, edges: Array<{ node: { id: string, sendingOfferId: string, receivingOfferId: string, reasonLabel: string | null, reason: string | null, decidedAt: string, counterpart: { id: string, jobTitle: string, company: { id: string, legalName: string } }, explanation: { scorePoints: number } } }> } };

export type DismissedForReceivingOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type DismissedForReceivingOfferQuery = { dismissed: { totalCount: number, edges: Array<{ node: { id: string, sendingOfferId: string, receivingOfferId: string, reasonLabel: string | null, reason: string | null, decidedAt: string, counterpart: { id: string, jobTitle: string, company: { id: string, legalName: string } }, explanation: { scorePoints: number } } }> } };

export type RankedReceivingOfferFragment = { rank: number, scorePoints: number, dismissed: boolean, takenUpDecisionId: string | null, caseId: string | null, moveTypes: Array<MoveType>, reasons: Array<string>, gaps: Array<string>, notes: Array<string>, factors: Array<{ factor: MatchFactorKey, label: string, points: number, maxPoints: number }> };

export type RankedSendingOfferFragment = { rank: number, scorePoints: number, dismissed: boolean, takenUpDecisionId: string | null, caseId: string | null, moveTypes: Array<MoveType>, reasons: Array<string>, gaps: Array<string>, notes: Array<string>, factors: Array<{ factor: MatchFactorKey, label: string, points: number, maxPoints: number }> };

export type DismissedMatchFragment = { id: string, sendingOfferId: string, receivingOfferId: string, reasonLabel: string | null, reason: string | null, decidedAt: string, explanation: { scorePoints: number } };

export type MatchFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchFilterOptionsQuery = { prefectures: Array<{ code: string, nameJa: string, regionJa: string }>, occupationMajorGroups: Array<{ code: string, nameJa: string }> };

export type DismissMatchMutationVariables = Exact<{
  input: DismissMatchInput;
}>;


export type DismissMatchMutation = { dismissMatch: { id: string } };

export type RestoreMatchMutationVariables = Exact<{
  input: MatchPairInput;
}>;


export type RestoreMatchMutation = { restoreMatch: { dismissed: boolean } };

export type TakeUpMatchMutationVariables = Exact<{
  input: TakeUpMatchInput;
}>;


export type TakeUpMatchMutation = { takeUpMatch: { id: string } };

export type OpenCaseFromMatchMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type OpenCaseFromMatchMutation = { createCase: { id: string } };

export type SendingOfferRowFragment = { id: string, jobTitle: string, status: OfferStatus, peopleCount: number, peopleAvailable: number, moveType: MoveTypeWanted, receivedOn: string, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } };

export type ReceivingOfferRowFragment = { id: string, jobTitle: string, status: OfferStatus, peopleWanted: number, peopleRemaining: number, moveTypes: Array<MoveType>, receivedOn: string, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } };

export type SendingOfferListQueryVariables = Exact<{
  filter?: OfferFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SendingOfferListQuery = { sendingOffers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, jobTitle: string, status: OfferStatus, peopleCount: number, peopleAvailable: number, moveType: MoveTypeWanted, receivedOn: string, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } } }> } };

export type ReceivingOfferListQueryVariables = Exact<{
  filter?: OfferFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ReceivingOfferListQuery = { receivingOffers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, jobTitle: string, status: OfferStatus, peopleWanted: number, peopleRemaining: number, moveTypes: Array<MoveType>, receivedOn: string, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } } }> } };

export type OfferReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferReferenceDataQuery = { offices: Array<{ id: string, code: string, kind: OfficeKind, nameJa: string }>, prefectures: Array<{ code: string, nameJa: string, regionJa: string }>, jsicMajorGroups: Array<{ code: string, nameJa: string }>, occupationMajorGroups: Array<{ code: string, nameJa: string }> };

export type OfferFilterCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferFilterCompanyQuery = { company: { id: string, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } | null };

export type SkillSearchQueryVariables = Exact<{
  search: string;
}>;


export type SkillSearchQuery = { skills: { edges: Array<{ node: { id: string, name: string, reading: string, category: SkillCategory } }> } };

export type OfferSkillItemFragment = { key: string, label: string, skillId: string | null };

export type SendingOfferDetailFragment = { version: number, updatedAt: string, reason: SendingReason, reasonDetail: string | null, ageBand: AgeBand | null, experienceYears: number | null, monthlyWage: number | null, desiredPeriodMonths: number | null, earliestStartOn: string | null, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, acceptablePrefectureCodes: Array<string>, id: string, jobTitle: string, status: OfferStatus, peopleCount: number, peopleAvailable: number, moveType: MoveTypeWanted, receivedOn: string, acceptablePrefectures: Array<{ code: string, nameJa: string, regionJa: string }>, skills: Array<{ key: string, label: string, skillId: string | null }>, company: { id: string, legalName: string, prefecture: { code: string, nameJa: string } }, occupation: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } };

export type ReceivingOfferDetailFragment = { version: number, updatedAt: string, duties: string | null, minExperienceYears: number | null, monthlyWage: number | null, periodMonths: number | null, startBy: string | null, shiftPattern: ShiftPattern | null, workingHours: string | null, workplaceCity: string | null, workplacePrefectureCode: string, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, id: string, jobTitle: string, status: OfferStatus, peopleWanted: number, peopleRemaining: number, moveTypes: Array<MoveType>, receivedOn: string, workplacePrefecture: { code: string, nameJa: string }, requiredSkills: Array<{ key: string, label: string, skillId: string | null }>, preferredSkills: Array<{ key: string, label: string, skillId: string | null }>, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } };

export type SendingOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type SendingOfferQuery = { sendingOffer: { version: number, updatedAt: string, reason: SendingReason, reasonDetail: string | null, ageBand: AgeBand | null, experienceYears: number | null, monthlyWage: number | null, desiredPeriodMonths: number | null, earliestStartOn: string | null, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, acceptablePrefectureCodes: Array<string>, id: string, jobTitle: string, status: OfferStatus, peopleCount: number, peopleAvailable: number, moveType: MoveTypeWanted, receivedOn: string, acceptablePrefectures: Array<{ code: string, nameJa: string, regionJa: string }>, skills: Array<{ key: string, label: string, skillId: string | null }>, company: { id: string, legalName: string, prefecture: { code: string, nameJa: string } }, occupation: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } | null };

export type ReceivingOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceivingOfferQuery = { receivingOffer: { version: number, updatedAt: string, duties: string | null, minExperienceYears: number | null, monthlyWage: number | null, periodMonths: number | null, startBy: string | null, shiftPattern: ShiftPattern | null, workingHours: string | null, workplaceCity: string | null, workplacePrefectureCode: string, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, id: string, jobTitle: string, status: OfferStatus, peopleWanted: number, peopleRemaining: number, moveTypes: Array<MoveType>, receivedOn: string, workplacePrefecture: { code: string, nameJa: string }, requiredSkills: Array<{ key: string, label: string, skillId: string | null }>, preferredSkills: Array<{ key: string, label: string, skillId: string | null }>, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } } | null };

export type CreateSendingOfferMutationVariables = Exact<{
  input: CreateSendingOfferInput;
}>;


export type CreateSendingOfferMutation = { createSendingOffer: { version: number, updatedAt: string, reason: SendingReason, reasonDetail: string | null, ageBand: AgeBand | null, experienceYears: number | null, monthlyWage: number | null, desiredPeriodMonths: number | null, earliestStartOn: string | null, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, acceptablePrefectureCodes: Array<string>, id: string, jobTitle: string, status: OfferStatus, peopleCount: number, peopleAvailable: number, moveType: MoveTypeWanted, receivedOn: string, acceptablePrefectures: Array<{ code: string, nameJa: string, regionJa: string }>, skills: Array<{ key: string, label: string, skillId: string | null }>, company: { id: string, legalName: string, prefecture: { code: string, nameJa: string } }, occupation: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } };

export type UpdateSendingOfferMutationVariables = Exact<{
  input: UpdateSendingOfferInput;
}>;


export type UpdateSendingOfferMutation = { updateSendingOffer: { version: number, updatedAt: string, reason: SendingReason, reasonDetail: string | null, ageBand: AgeBand | null, experienceYears: number | null, monthlyWage: number | null, desiredPeriodMonths: number | null, earliestStartOn: string | null, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, acceptablePrefectureCodes: Array<string>, id: string, jobTitle: string, status: OfferStatus, peopleCount: number, peopleAvailable: number, moveType: MoveTypeWanted, receivedOn: string, acceptablePrefectures: Array<{ code: string, nameJa: string, regionJa: string }>, skills: Array<{ key: string, label: string, skillId: string | null }>, company: { id: string, legalName: string, prefecture: { code: string, nameJa: string } }, occupation: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } };

export type CreateReceivingOfferMutationVariables = Exact<{
  input: CreateReceivingOfferInput;
}>;


export type CreateReceivingOfferMutation = { createReceivingOffer: { version: number, updatedAt: string, duties: string | null, minExperienceYears: number | null, monthlyWage: number | null, periodMonths: number | null, startBy: string | null, shiftPattern: ShiftPattern | null, workingHours: string | null, workplaceCity: string | null, workplacePrefectureCode: string, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, id: string, jobTitle: string, status: OfferStatus, peopleWanted: number, peopleRemaining: number, moveTypes: Array<MoveType>, receivedOn: string, workplacePrefecture: { code: string, nameJa: string }, requiredSkills: Array<{ key: string, label: string, skillId: string | null }>, preferredSkills: Array<{ key: string, label: string, skillId: string | null }>, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } } };

export type UpdateReceivingOfferMutationVariables = Exact<{
  input: UpdateReceivingOfferInput;
}>;


export type UpdateReceivingOfferMutation = { updateReceivingOffer: { version: number, updatedAt: string, duties: string | null, minExperienceYears: number | null, monthlyWage: number | null, periodMonths: number | null, startBy: string | null, shiftPattern: ShiftPattern | null, workingHours: string | null, workplaceCity: string | null, workplacePrefectureCode: string, conditions: Array<WorkplaceCondition>, notes: string | null, occupationCode: string, id: string, jobTitle: string, status: OfferStatus, peopleWanted: number, peopleRemaining: number, moveTypes: Array<MoveType>, receivedOn: string, workplacePrefecture: { code: string, nameJa: string }, requiredSkills: Array<{ key: string, label: string, skillId: string | null }>, preferredSkills: Array<{ key: string, label: string, skillId: string | null }>, occupation: { code: string, nameJa: string }, company: { id: string, legalName: string }, owningOffice: { id: string, nameJa: string } } };

export type CompanyRowFragment = { id: string, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } };

export type CompanyDetailFragment = { id: string, version: number, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorCode: string, jsicMiddleCode: string | null, prefectureCode: string, address: string | null, size: CompanySize, employeeCount: number | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, notes: string | null, owningOfficeId: string, createdAt: string, updatedAt: string, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } };

export type CompaniesQueryVariables = Exact<{
  filter?: CompanyFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CompaniesQuery = { companies: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } }> } };

export type CompanyPickerSearchQueryVariables = Exact<{
  query: string;
}>;


export type CompanyPickerSearchQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } }> } };

export type CompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyQuery = { company: { id: string, version: number, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorCode: string, jsicMiddleCode: string | null, prefectureCode: string, address: string | null, size: CompanySize, employeeCount: number | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, notes: string | null, owningOfficeId: string, createdAt: string, updatedAt: string, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } | null };

export type CompanyOffersQueryVariables = Exact<{
  companyId: string | number;
}>;


export type CompanyOffersQuery = { sendingOffers: { totalCount: number, edges: Array<{ node: { id: string, jobTitle: string, peopleCount: number, peopleAvailable: number, status: OfferStatus, receivedOn: string } }> }, receivingOffers: { totalCount: number, edges: Array<{ node: { id: string, jobTitle: string, peopleWanted: number, peopleRemaining: number, status: OfferStatus, receivedOn: string } }> } };

export type CompanyReferenceListsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyReferenceListsQuery = { jsicMajorGroups: Array<{ code: string, nameJa: string }>, prefectures: Array<{ code: string, nameJa: string }>, offices: Array<{ id: string, code: string, kind: OfficeKind, nameJa: string }> };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { createCompany: { id: string, version: number, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorCode: string, jsicMiddleCode: string | null, prefectureCode: string, address: string | null, size: CompanySize, employeeCount: number | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, notes: string | null, owningOfficeId: string, createdAt: string, updatedAt: string, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } };

export type UpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
}>;


export type UpdateCompanyMutation = { updateCompany: { id: string, version: number, legalName: string, legalNameKana: string | null, corporateNumber: string | null, jsicMajorCode: string, jsicMiddleCode: string | null, prefectureCode: string, address: string | null, size: CompanySize, employeeCount: number | null, contactName: string | null, contactPhone: string | null, contactEmail: string | null, notes: string | null, owningOfficeId: string, createdAt: string, updatedAt: string, jsicMajorGroup: { code: string, nameJa: string }, prefecture: { code: string, nameJa: string }, owningOffice: { id: string, nameJa: string } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type EnumLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type EnumLabelsQuery = { enumLabels: Array<{ name: string, values: Array<{ value: string, label: string, description: string | null }> }> };

export const HomeTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<HomeTaskFragment, unknown>;
export const RankedReceivingOfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedReceivingOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOfferMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"takenUpDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<RankedReceivingOfferFragment, unknown>;
export const RankedSendingOfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedSendingOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOfferMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"takenUpDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<RankedSendingOfferFragment, unknown>;
export const DismissedMatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DismissedMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sendingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}}]}}]}}]} as unknown as DocumentNode<DismissedMatchFragment, unknown>;
export const SendingOfferRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"moveType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<SendingOfferRowFragment, unknown>;
export const OfferSkillItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}}]} as unknown as DocumentNode<OfferSkillItemFragment, unknown>;
export const SendingOfferDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectureCodes"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"regionJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"moveType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}}]} as unknown as DocumentNode<SendingOfferDetailFragment, unknown>;
export const ReceivingOfferRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<ReceivingOfferRowFragment, unknown>;
export const ReceivingOfferDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"shiftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceCity"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}}]} as unknown as DocumentNode<ReceivingOfferDetailFragment, unknown>;
export const CompanyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<CompanyRowFragment, unknown>;
export const CompanyDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMiddleCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"owningOfficeId"}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CompanyDetailFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"EnumValue","value":"OVERDUE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeTask"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"EnumValue","value":"DUE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeTask"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"EnumValue","value":"UPCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeTask"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perStage"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendingOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"receivedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedFrom"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"receivedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedFrom"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ChangeMyPasswordInSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPasswordInSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPasswordInSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordInSessionMutation, ChangeMyPasswordInSessionMutationVariables>;
export const SendingOfferMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SendingOfferMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFiltersInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchesForSendingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartsIndexed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankedReceivingOffer"}},{"kind":"Field","alias":{"kind":"Name","value":"counterpartId"},"name":{"kind":"Name","value":"receivingOfferId"}},{"kind":"Field","alias":{"kind":"Name","value":"counterpart"},"name":{"kind":"Name","value":"receivingOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedReceivingOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOfferMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"takenUpDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<SendingOfferMatchesQuery, SendingOfferMatchesQueryVariables>;
export const ReceivingOfferMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivingOfferMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFiltersInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchesForReceivingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartsIndexed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankedSendingOffer"}},{"kind":"Field","alias":{"kind":"Name","value":"counterpartId"},"name":{"kind":"Name","value":"sendingOfferId"}},{"kind":"Field","alias":{"kind":"Name","value":"counterpart"},"name":{"kind":"Name","value":"sendingOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedSendingOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOfferMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"takenUpDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<ReceivingOfferMatchesQuery, ReceivingOfferMatchesQueryVariables>;
export const DismissedForSendingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DismissedForSendingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dismissed"},"name":{"kind":"Name","value":"matchDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sendingOfferId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"DISMISSED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DismissedMatch"}},{"kind":"Field","alias":{"kind":"Name","value":"counterpart"},"name":{"kind":"Name","value":"receivingOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DismissedMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sendingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}}]}}]}}]} as unknown as DocumentNode<DismissedForSendingOfferQuery, DismissedForSendingOfferQueryVariables>;
export const DismissedForReceivingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DismissedForReceivingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dismissed"},"name":{"kind":"Name","value":"matchDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"receivingOfferId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"decision"},"value":{"kind":"EnumValue","value":"DISMISSED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DismissedMatch"}},{"kind":"Field","alias":{"kind":"Name","value":"counterpart"},"name":{"kind":"Name","value":"sendingOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DismissedMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sendingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}}]}}]}}]} as unknown as DocumentNode<DismissedForReceivingOfferQuery, DismissedForReceivingOfferQueryVariables>;
export const MatchFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"regionJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationMajorGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<MatchFilterOptionsQuery, MatchFilterOptionsQueryVariables>;
export const DismissMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DismissMatchMutation, DismissMatchMutationVariables>;
export const RestoreMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissed"}}]}}]}}]} as unknown as DocumentNode<RestoreMatchMutation, RestoreMatchMutationVariables>;
export const TakeUpMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeUpMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeUpMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeUpMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TakeUpMatchMutation, TakeUpMatchMutationVariables>;
export const OpenCaseFromMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCaseFromMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenCaseFromMatchMutation, OpenCaseFromMatchMutationVariables>;
export const SendingOfferListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SendingOfferList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendingOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"moveType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<SendingOfferListQuery, SendingOfferListQueryVariables>;
export const ReceivingOfferListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivingOfferList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivingOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<ReceivingOfferListQuery, ReceivingOfferListQueryVariables>;
export const OfferReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"regionJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupationMajorGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<OfferReferenceDataQuery, OfferReferenceDataQueryVariables>;
export const OfferFilterCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferFilterCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<OfferFilterCompanyQuery, OfferFilterCompanyQueryVariables>;
export const SkillSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SkillSearchQuery, SkillSearchQueryVariables>;
export const SendingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SendingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"moveType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectureCodes"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"regionJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]} as unknown as DocumentNode<SendingOfferQuery, SendingOfferQueryVariables>;
export const ReceivingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"shiftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceCity"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}}]}}]} as unknown as DocumentNode<ReceivingOfferQuery, ReceivingOfferQueryVariables>;
export const CreateSendingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSendingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSendingOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSendingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"moveType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectureCodes"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"regionJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSendingOfferMutation, CreateSendingOfferMutationVariables>;
export const UpdateSendingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSendingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSendingOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSendingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"moveType"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"experienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStartOn"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectureCodes"}},{"kind":"Field","name":{"kind":"Name","value":"acceptablePrefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"regionJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSendingOfferMutation, UpdateSendingOfferMutationVariables>;
export const CreateReceivingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReceivingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReceivingOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReceivingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"shiftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceCity"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}}]}}]} as unknown as DocumentNode<CreateReceivingOfferMutation, CreateReceivingOfferMutationVariables>;
export const UpdateReceivingOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReceivingOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReceivingOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReceivingOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferSkillItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSkill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceivingOfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceivingOfferRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWage"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"shiftPattern"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceCity"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workplacePrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"occupationCode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferSkillItem"}}]}}]}}]} as unknown as DocumentNode<UpdateReceivingOfferMutation, UpdateReceivingOfferMutationVariables>;
export const CompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Companies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<CompaniesQuery, CompaniesQueryVariables>;
export const CompanyPickerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPickerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<CompanyPickerSearchQuery, CompanyPickerSearchQueryVariables>;
export const CompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Company"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMiddleCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"owningOfficeId"}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CompanyQuery, CompanyQueryVariables>;
export const CompanyOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendingOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"peopleAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivingOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"peopleWanted"}},{"kind":"Field","name":{"kind":"Name","value":"peopleRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyOffersQuery, CompanyOffersQueryVariables>;
export const CompanyReferenceListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyReferenceLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<CompanyReferenceListsQuery, CompanyReferenceListsQueryVariables>;
export const CreateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMiddleCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"owningOfficeId"}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const UpdateCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMiddleCode"}},{"kind":"Field","name":{"kind":"Name","value":"jsicMajorGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"owningOfficeId"}},{"kind":"Field","name":{"kind":"Name","value":"owningOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const EnumLabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnumLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<EnumLabelsQuery, EnumLabelsQueryVariables>;