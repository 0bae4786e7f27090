// The shapes of a case's stage records, stored as jsonb on the case row: each is written whole by one use case and
// read whole by the timeline, and one version number on the case guards them all against lost updates.

/** A worker the case is about. Only what the process needs: a name or label and their consent. */
export interface CaseWorker {
  id: string;
  /** 氏名 or an identifier the companies use (e.g. "対象者A"). */
  label: string;
  /** 本人同意: when the worker agreed, and how it was confirmed. */
  consentOn: string | null;
  consentMethod: string | null;
  /** Set when the establishment includes them; cleared by a correction that withdraws them. */
  established: boolean;
  /** A withdrawal recorded by a correction after the start. */
  withdrawnOn: string | null;
}

export enum MeetingCondition {
  PERIOD = 'PERIOD',
  WAGES = 'WAGES',
  WORKING_HOURS = 'WORKING_HOURS',
}

export const MEETING_CONDITION_LABELS: Record<MeetingCondition, string> = {
  PERIOD: '期間',
  WAGES: '賃金',
  WORKING_HOURS: '労働時間',
};

/** STEP2 企業間面談. */
export interface MeetingRecord {
  heldOn: string | null;
  attendees: string | null;
  /** Conditions presented to both companies (期間・賃金・労働時間等の労働条件の明示). */
  conditionsPresented: MeetingCondition[];
  conditionsNote: string | null;
  /** 助成金の周知と活用勧奨. */
  subsidyExplained: boolean;
  notes: string | null;
}

export enum WorkerSelection {
  SELECTED = 'SELECTED',
  CALLED_FOR = 'CALLED_FOR',
}

export const WORKER_SELECTION_LABELS: Record<WorkerSelection, string> = {
  SELECTED: '選定',
  CALLED_FOR: '募集',
};

export enum UnionAgreementStatus {
  AGREED = 'AGREED',
  NO_UNION = 'NO_UNION',
  PENDING = 'PENDING',
}

export const UNION_AGREEMENT_LABELS: Record<UnionAgreementStatus, string> = {
  AGREED: '合意済み',
  NO_UNION: '労働組合なし',
  PENDING: '未合意',
};

/** The sender's internal procedure (社内手続). Worker consent lives on the workers. */
export interface InternalProcedureRecord {
  /** 出向期間・賃金・労働時間等の労働条件を明示した. */
  conditionsStated: boolean;
  workerSelection: WorkerSelection | null;
  unionAgreement: UnionAgreementStatus;
  unionAgreedOn: string | null;
  /** 就業規則等の出向規定. */
  workRulesClause: boolean;
  notes: string | null;
}

export enum TourAttendee {
  SENDER_HR = 'SENDER_HR',
  WORKERS = 'WORKERS',
  UNION = 'UNION',
}

export const TOUR_ATTENDEE_LABELS: Record<TourAttendee, string> = {
  SENDER_HR: '出向元の人事労務担当者',
  WORKERS: '出向対象労働者',
  UNION: '労働組合',
};

/** STEP3 職場見学. */
export interface WorkplaceTourRecord {
  heldOn: string | null;
  attendees: TourAttendee[];
  notes: string | null;
}

export enum WageShareUnit {
  PERCENT = 'PERCENT',
  YEN = 'YEN',
}

export const WAGE_SHARE_UNIT_LABELS: Record<WageShareUnit, string> = {
  PERCENT: '割合(%)',
  YEN: '金額(円)',
};

export enum SocialInsuranceHandling {
  SENDER = 'SENDER',
  RECEIVER = 'RECEIVER',
  OTHER = 'OTHER',
}

export const SOCIAL_INSURANCE_LABELS: Record<SocialInsuranceHandling, string> = {
  SENDER: '出向元で加入を継続',
  RECEIVER: '出向先で加入',
  OTHER: 'その他(備考に記載)',
};

/** STEP4 出向契約: period, duties, who bears the wage, hours, social insurance. */
export interface ContractRecord {
  startOn: string | null;
  endOn: string | null;
  duties: string | null;
  wageShareUnit: WageShareUnit | null;
  /** Monthly wage in yen the shares divide (required with YEN). */
  monthlyWage: number | null;
  senderShare: number | null;
  receiverShare: number | null;
  workingHours: string | null;
  overtime: string | null;
  socialInsurance: SocialInsuranceHandling | null;
  socialInsuranceNote: string | null;
  subsidyApplicationPlanned: boolean | null;
  /** Why a period outside what the offers allow was agreed anyway. */
  periodOverrideReason: string | null;
  concludedOn: string | null;
}

export enum EmploymentType {
  REGULAR = 'REGULAR',
  CONTRACT = 'CONTRACT',
  PART_TIME = 'PART_TIME',
}

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  REGULAR: '正社員',
  CONTRACT: '契約社員',
  PART_TIME: 'パート・アルバイト',
};

/** 採用内定 (transfer): the receiver's offer of employment. */
export interface HiringAgreementRecord {
  agreedOn: string | null;
  plannedHireOn: string | null;
  jobTitle: string | null;
  employmentType: EmploymentType | null;
  monthlyWage: number | null;
  workingHours: string | null;
  notes: string | null;
}
