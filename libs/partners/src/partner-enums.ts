// The partner domain's closed lists, stored as varchar with a named CHECK each (see the partners migration).

/** 関係機関・団体の種別: the four kinds the Center's agreement figures are counted by. */
export enum PartnerType {
  FINANCIAL_INSTITUTION = 'FINANCIAL_INSTITUTION',
  BUSINESS_ASSOCIATION = 'BUSINESS_ASSOCIATION',
  LABOR_UNION = 'LABOR_UNION',
  GOVERNMENT = 'GOVERNMENT',
}

/** The labels of 連携協定の締結状況 (金融機関 60, 経済団体 16, 労働組合 3, 行政機関 11), in the published order. */
export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  [PartnerType.FINANCIAL_INSTITUTION]: '金融機関',
  [PartnerType.BUSINESS_ASSOCIATION]: '経済団体',
  [PartnerType.LABOR_UNION]: '労働組合',
  [PartnerType.GOVERNMENT]: '行政機関',
};

/** Who signed for the Center: headquarters (本部) or one regional office (地方事務所). */
export enum AgreementCounterpart {
  CENTER_HQ = 'CENTER_HQ',
  REGIONAL_OFFICE = 'REGIONAL_OFFICE',
}

export const AGREEMENT_COUNTERPART_LABELS: Record<AgreementCounterpart, string> = {
  [AgreementCounterpart.CENTER_HQ]: 'センター本部',
  [AgreementCounterpart.REGIONAL_OFFICE]: '地方事務所',
};

/** ENDED once an end date is recorded; the agreement is still in force until that date. */
export enum AgreementStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  [AgreementStatus.ACTIVE]: '有効',
  [AgreementStatus.ENDED]: '終了',
};

/** The partner roles a partner user account may have. */
export enum PartnerUserRole {
  PARTNER_HQ = 'PARTNER_HQ',
  PARTNER_BRANCH = 'PARTNER_BRANCH',
}

/** `'A', 'B'` for a CHECK constraint listing an enum's values. */
export function sqlInList(values: Record<string, string>): string {
  return Object.values(values)
    .map((v) => `'${v}'`)
    .join(', ');
}

/** JIS X 0401 prefecture codes, 01..47: what covered prefectures and branches may name. */
export const PREFECTURE_CODES: readonly string[] = Array.from({ length: 47 }, (_, i) =>
  String(i + 1).padStart(2, '0'),
);
