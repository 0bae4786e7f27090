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

export enum DuplicateMatch {
  CORPORATE_NUMBER = 'CORPORATE_NUMBER',
  NAME_PREFECTURE = 'NAME_PREFECTURE',
}

export enum ReferralImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

export enum ReferralFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
