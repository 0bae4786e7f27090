/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export const HomeTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<HomeTaskFragment, unknown>;
export const RankedReceivingOfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedReceivingOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivingOfferMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"takenUpDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<RankedReceivingOfferFragment, unknown>;
export const RankedSendingOfferFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankedSendingOffer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendingOfferMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"takenUpDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"moveTypes"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<RankedSendingOfferFragment, unknown>;
export const DismissedMatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DismissedMatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sendingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePoints"}}]}}]}}]} as unknown as DocumentNode<DismissedMatchFragment, unknown>;
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
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;