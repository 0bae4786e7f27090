// Code lists shared by sending and receiving information. Stored as varchar with named CHECK constraints; the
// Japanese labels are what users see (GraphQL descriptions, reasons, exports).

export enum OfferStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  OPEN: '受付中',
  IN_PROGRESS: '調整中',
  CLOSED: '終了',
};

/** A single kind of move, as a receiving company accepts it. */
export enum MoveType {
  SECONDMENT = 'SECONDMENT',
  TRANSFER = 'TRANSFER',
}

/** What a sending company wants: one kind, or either. */
export enum MoveTypeWanted {
  SECONDMENT = 'SECONDMENT',
  TRANSFER = 'TRANSFER',
  EITHER = 'EITHER',
}

export const MOVE_TYPE_LABELS: Record<MoveTypeWanted, string> = {
  SECONDMENT: '在籍型出向',
  TRANSFER: '移籍',
  EITHER: '在籍型出向・移籍のいずれも可',
};

export enum SendingReason {
  EMPLOYMENT_ADJUSTMENT = 'EMPLOYMENT_ADJUSTMENT',
  RESTRUCTURING = 'RESTRUCTURING',
  COST_REDUCTION = 'COST_REDUCTION',
  SKILLS_DEVELOPMENT = 'SKILLS_DEVELOPMENT',
  OTHER = 'OTHER',
}

export const SENDING_REASON_LABELS: Record<SendingReason, string> = {
  EMPLOYMENT_ADJUSTMENT: '雇用調整',
  RESTRUCTURING: '事業再構築・構造改革',
  COST_REDUCTION: '人件費の削減',
  SKILLS_DEVELOPMENT: '人材育成・技能習得',
  OTHER: 'その他',
};

/**
 * Age bands, recorded for the Center's own statistics. Deliberately not a matching factor: Japanese law forbids
 * age limits in recruiting (労働施策総合推進法 第9条), so receiving offers carry no age and nothing is scored on it.
 */
export enum AgeBand {
  UNDER_30 = 'UNDER_30',
  FROM_30_TO_39 = 'FROM_30_TO_39',
  FROM_40_TO_49 = 'FROM_40_TO_49',
  FROM_50_TO_59 = 'FROM_50_TO_59',
  SIXTY_AND_OVER = 'SIXTY_AND_OVER',
}

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  UNDER_30: '30歳未満',
  FROM_30_TO_39: '30代',
  FROM_40_TO_49: '40代',
  FROM_50_TO_59: '50代',
  SIXTY_AND_OVER: '60歳以上',
};

export enum ShiftPattern {
  DAY = 'DAY',
  NIGHT = 'NIGHT',
  ROTATING = 'ROTATING',
  FLEXIBLE = 'FLEXIBLE',
}

export const SHIFT_PATTERN_LABELS: Record<ShiftPattern, string> = {
  DAY: '日勤のみ',
  NIGHT: '夜勤あり',
  ROTATING: '交替制',
  FLEXIBLE: 'シフト相談可',
};

/** Workplace conditions: wanted by a sending company for its people, offered by a receiving company. */
export enum WorkplaceCondition {
  WOMEN_FRIENDLY = 'WOMEN_FRIENDLY',
  NO_NIGHT_SHIFT = 'NO_NIGHT_SHIFT',
  TWO_DAYS_OFF = 'TWO_DAYS_OFF',
  HOUSING_PROVIDED = 'HOUSING_PROVIDED',
  CAR_COMMUTE = 'CAR_COMMUTE',
  SHORT_HOURS = 'SHORT_HOURS',
  TRAINING_PROVIDED = 'TRAINING_PROVIDED',
  LICENCE_SUPPORT = 'LICENCE_SUPPORT',
  LIGHT_PHYSICAL_WORK = 'LIGHT_PHYSICAL_WORK',
  SENIOR_FRIENDLY = 'SENIOR_FRIENDLY',
}

export const WORKPLACE_CONDITION_LABELS: Record<WorkplaceCondition, string> = {
  WOMEN_FRIENDLY: '女性が働きやすい職場',
  NO_NIGHT_SHIFT: '夜勤なし',
  TWO_DAYS_OFF: '週休二日制',
  HOUSING_PROVIDED: '住居・寮の提供',
  CAR_COMMUTE: 'マイカー通勤可',
  SHORT_HOURS: '短時間勤務可',
  TRAINING_PROVIDED: '教育・研修あり',
  LICENCE_SUPPORT: '資格取得支援',
  LIGHT_PHYSICAL_WORK: '身体的負担が軽い',
  SENIOR_FRIENDLY: '60歳以上歓迎',
};

/** A skill as an offer records it: what the consultant typed or picked, and the key it matches on. */
export interface OfferSkill {
  /** The dictionary entry it resolved to, or null for free text the dictionary does not know. */
  skillId: string | null;
  /** As shown to users: the dictionary name, or the consultant's text (NFKC-normalised). */
  label: string;
  /** skillMatchKey(): equal keys are the same skill, whichever spelling was typed. */
  key: string;
}

/** The SQL IN list of an enum, for CHECK constraints. */
export function sqlInList(values: Record<string, string>): string {
  return Object.values(values)
    .map((v) => `'${v}'`)
    .join(', ');
}
