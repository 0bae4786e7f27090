// The Career Talent Bank's closed lists, stored as varchar with a named CHECK each (see the talent_bank migration),
// with the Japanese labels users see. There is deliberately no list (and no column) for origin, domicile of origin
// (本籍), beliefs or union membership: the Employment Security Act's guidelines forbid collecting them.

/** A registration's state. Only ACTIVE registrants are matched; the other three close it (closed_on). */
export enum RegistrantStatus {
  ACTIVE = 'ACTIVE',
  RE_EMPLOYED = 'RE_EMPLOYED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export const REGISTRANT_STATUS_LABELS: Record<RegistrantStatus, string> = {
  ACTIVE: '登録中',
  RE_EMPLOYED: '再就職済み',
  WITHDRAWN: '同意撤回',
  EXPIRED: '登録期限切れ',
};

/** Why the person may register (キャリア人材バンクの対象者). */
export enum EligibilityReason {
  /** 定年退職: leaving (or left) at the mandatory retirement age. */
  MANDATORY_RETIREMENT = 'MANDATORY_RETIREMENT',
  /** 継続雇用期間の終了: the continued-employment period after retirement ends (or ended). */
  END_OF_CONTINUED_EMPLOYMENT = 'END_OF_CONTINUED_EMPLOYMENT',
  /** Left a job aged 60 or over, within the last year. */
  LEFT_JOB_AT_60_OR_OVER = 'LEFT_JOB_AT_60_OR_OVER',
}

export const ELIGIBILITY_REASON_LABELS: Record<EligibilityReason, string> = {
  MANDATORY_RETIREMENT: '定年退職',
  END_OF_CONTINUED_EMPLOYMENT: '継続雇用期間の終了',
  LEFT_JOB_AT_60_OR_OVER: '60歳以上で離職（離職後1年以内）',
};

/** How the consent to the Center's use of the data was obtained. */
export enum ConsentMethod {
  WRITTEN = 'WRITTEN',
  ELECTRONIC = 'ELECTRONIC',
  ORAL_RECORDED = 'ORAL_RECORDED',
}

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  WRITTEN: '書面',
  ELECTRONIC: '電磁的方法',
  ORAL_RECORDED: '口頭（記録を作成）',
};

/** Optional; null means not stated. */
export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}

export const GENDER_LABELS: Record<Gender, string> = { FEMALE: '女性', MALE: '男性', OTHER: 'その他' };

/** What an opening offers. */
export enum WorkingStyle {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}

/** What a registrant wishes: one style, or either. */
export enum WorkingStyleWanted {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  EITHER = 'EITHER',
}

export const WORKING_STYLE_LABELS: Record<WorkingStyleWanted, string> = {
  FULL_TIME: 'フルタイム',
  PART_TIME: '短時間勤務（パートタイム）',
  EITHER: 'フルタイム・短時間のいずれも可',
};

/** Physical demands of the work, from light to heavy (ordered: a registrant accepts up to a level). */
export enum PhysicalDemand {
  LIGHT = 'LIGHT',
  MODERATE = 'MODERATE',
  HEAVY = 'HEAVY',
}

export const PHYSICAL_DEMAND_LABELS: Record<PhysicalDemand, string> = {
  LIGHT: '軽作業（座り仕事中心）',
  MODERATE: '普通（立ち仕事・歩行あり）',
  HEAVY: '重作業（重量物の取扱いあり）',
};

export const PHYSICAL_DEMAND_ORDER: Record<PhysicalDemand, number> = { LIGHT: 0, MODERATE: 1, HEAVY: 2 };

/** 雇用形態 of a re-employment. */
export enum EmploymentType {
  REGULAR = 'REGULAR',
  CONTRACT = 'CONTRACT',
  PART_TIME = 'PART_TIME',
  DISPATCH = 'DISPATCH',
}

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  REGULAR: '正社員',
  CONTRACT: '契約社員・嘱託',
  PART_TIME: 'パート・アルバイト',
  DISPATCH: '派遣',
};

/** Monthly wage band of a re-employment (a band, not the amount: enough for statistics). */
export enum WageBand {
  UNDER_150K = 'UNDER_150K',
  FROM_150K_TO_199K = 'FROM_150K_TO_199K',
  FROM_200K_TO_249K = 'FROM_200K_TO_249K',
  FROM_250K_TO_299K = 'FROM_250K_TO_299K',
  FROM_300K_TO_399K = 'FROM_300K_TO_399K',
  FROM_400K = 'FROM_400K',
}

export const WAGE_BAND_LABELS: Record<WageBand, string> = {
  UNDER_150K: '月額15万円未満',
  FROM_150K_TO_199K: '月額15万円以上20万円未満',
  FROM_200K_TO_249K: '月額20万円以上25万円未満',
  FROM_250K_TO_299K: '月額25万円以上30万円未満',
  FROM_300K_TO_399K: '月額30万円以上40万円未満',
  FROM_400K: '月額40万円以上',
};

/**
 * Age band on the registration date: what statistics keep once the date of birth is anonymised (the age itself is
 * always computed from the date of birth, never stored).
 */
export enum AgeBand {
  FROM_60_TO_64 = 'FROM_60_TO_64',
  FROM_65_TO_69 = 'FROM_65_TO_69',
  FROM_70_TO_74 = 'FROM_70_TO_74',
  FROM_75 = 'FROM_75',
}

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  FROM_60_TO_64: '60〜64歳',
  FROM_65_TO_69: '65〜69歳',
  FROM_70_TO_74: '70〜74歳',
  FROM_75: '75歳以上',
};

export function ageBandOf(age: number): AgeBand {
  if (age >= 75) return AgeBand.FROM_75;
  if (age >= 70) return AgeBand.FROM_70_TO_74;
  if (age >= 65) return AgeBand.FROM_65_TO_69;
  return AgeBand.FROM_60_TO_64;
}

/** Access log: what was done with a registrant's data, and whether it was allowed. */
/**
 * The employment kind of a Job Card work-history entry (spec §3.2): what the Job Card's fixed-term training rules read
 * (libs/jobcard, spec §5.12). REGULAR = 正規雇用労働者; FIXED_TERM = 有期契約労働者 (part-time and fixed-term dispatched
 * included); INDEFINITE_NON_REGULAR = 無期雇用労働者 other than regular; DISPATCHED = working as a dispatched worker.
 */
export enum WorkHistoryEmploymentKind {
  REGULAR = 'REGULAR',
  FIXED_TERM = 'FIXED_TERM',
  INDEFINITE_NON_REGULAR = 'INDEFINITE_NON_REGULAR',
  DISPATCHED = 'DISPATCHED',
}

export const WORK_HISTORY_EMPLOYMENT_KIND_LABELS: Record<WorkHistoryEmploymentKind, string> = {
  REGULAR: '正規雇用',
  FIXED_TERM: '有期契約',
  INDEFINITE_NON_REGULAR: '無期雇用（正規雇用以外）',
  DISPATCHED: '派遣',
};

export enum AccessAction {
  READ = 'READ',
  EXPORT = 'EXPORT',
}

export const ACCESS_ACTION_LABELS: Record<AccessAction, string> = { READ: '閲覧', EXPORT: '出力' };

export enum AccessOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}

export const ACCESS_OUTCOME_LABELS: Record<AccessOutcome, string> = { ALLOWED: '許可', DENIED: '拒否' };

/** `'A', 'B'` for a CHECK constraint listing an enum's values. */
export function sqlInList(values: Record<string, string>): string {
  return Object.values(values)
    .map((v) => `'${v}'`)
    .join(', ');
}

/** JIS X 0401 prefecture codes, 01..47. */
export const PREFECTURE_CODES: readonly string[] = Array.from({ length: 47 }, (_, i) =>
  String(i + 1).padStart(2, '0'),
);

/** 日本標準職業分類 大分類 codes an occupation wish or an outcome may name (L: 分類不能 is allowed too). */
export const OCCUPATION_CODES: readonly string[] = 'ABCDEFGHIJKL'.split('');
