// The referral domain's closed lists, stored as varchar with a named CHECK each (see the referrals migration).

/**
 * Where a referral stands. DRAFT (branch) → SUBMITTED → FORWARDED (partner HQ, or at once for partners without an HQ
 * step) → ACCEPTED or RETURNED (Center HQ; a returned referral can be corrected and submitted again) → ASSIGNED (to a
 * regional office) → CONVERTED (company and offers linked) → CLOSED with an outcome.
 */
export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  FORWARDED = 'FORWARDED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  ASSIGNED = 'ASSIGNED',
  CONVERTED = 'CONVERTED',
  CLOSED = 'CLOSED',
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  [ReferralStatus.DRAFT]: '下書き',
  [ReferralStatus.SUBMITTED]: '提出済み',
  [ReferralStatus.FORWARDED]: 'センターへ送付済み',
  [ReferralStatus.ACCEPTED]: 'センター受付済み',
  [ReferralStatus.RETURNED]: '差戻し',
  [ReferralStatus.ASSIGNED]: '担当事務所決定',
  [ReferralStatus.CONVERTED]: '対応中',
  [ReferralStatus.CLOSED]: '完了',
};

/** SURPLUS: the client has staff to send (送出情報); SHORTAGE: it lacks staff (受入情報); BOTH. */
export enum ReferralNeed {
  SURPLUS = 'SURPLUS',
  SHORTAGE = 'SHORTAGE',
  BOTH = 'BOTH',
}

export const REFERRAL_NEED_LABELS: Record<ReferralNeed, string> = {
  [ReferralNeed.SURPLUS]: '人員過剰',
  [ReferralNeed.SHORTAGE]: '人員不足',
  [ReferralNeed.BOTH]: '両方',
};

export enum ReferralOutcome {
  ESTABLISHED = 'ESTABLISHED',
  NOT_ESTABLISHED = 'NOT_ESTABLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

export const REFERRAL_OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  [ReferralOutcome.ESTABLISHED]: '成立',
  [ReferralOutcome.NOT_ESTABLISHED]: '不成立',
  [ReferralOutcome.WITHDRAWN]: '取下げ',
};

/** What happened to a referral, one event per transition or edit (referral_events.action). */
export enum ReferralAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  FORWARDED = 'FORWARDED',
  AUTO_FORWARDED = 'AUTO_FORWARDED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  ASSIGNED = 'ASSIGNED',
  CONVERTED = 'CONVERTED',
  OUTCOME_REPORTED = 'OUTCOME_REPORTED',
  WITHDRAWN = 'WITHDRAWN',
  IMPORTED = 'IMPORTED',
}

export const REFERRAL_ACTION_LABELS: Record<ReferralAction, string> = {
  [ReferralAction.CREATED]: '作成',
  [ReferralAction.UPDATED]: '修正',
  [ReferralAction.SUBMITTED]: '提出',
  [ReferralAction.FORWARDED]: 'センターへ送付',
  [ReferralAction.AUTO_FORWARDED]: 'センターへ自動送付',
  [ReferralAction.ACCEPTED]: 'センター受付',
  [ReferralAction.RETURNED]: '差戻し',
  [ReferralAction.ASSIGNED]: '担当事務所決定',
  [ReferralAction.CONVERTED]: '対応開始',
  [ReferralAction.OUTCOME_REPORTED]: '結果報告',
  [ReferralAction.WITHDRAWN]: '取下げ',
  [ReferralAction.IMPORTED]: '一括登録',
};

export enum DuplicateMatch {
  CORPORATE_NUMBER = 'CORPORATE_NUMBER',
  NAME_PREFECTURE = 'NAME_PREFECTURE',
}

export const DUPLICATE_MATCH_LABELS: Record<DuplicateMatch, string> = {
  [DuplicateMatch.CORPORATE_NUMBER]: '法人番号が一致',
  [DuplicateMatch.NAME_PREFECTURE]: '企業名と都道府県が一致',
};

export enum ReferralImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

export const REFERRAL_IMPORT_STATUS_LABELS: Record<ReferralImportStatus, string> = {
  [ReferralImportStatus.QUEUED]: '登録待ち',
  [ReferralImportStatus.RUNNING]: '登録中',
  [ReferralImportStatus.COMPLETED]: '完了',
  [ReferralImportStatus.FAILED]: '失敗',
};

export enum ReferralFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export const REFERRAL_FILE_FORMAT_LABELS: Record<ReferralFileFormat, string> = {
  [ReferralFileFormat.CSV]: 'CSVファイル',
  [ReferralFileFormat.XLSX]: 'Excelファイル(.xlsx)',
};
