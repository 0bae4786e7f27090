// What the eligibility rules of a fixed-term practical training's trainee read (spec §3.2, §5.12): the Job Card's work
// history by month, with the employment kind and field per entry, and the facts recorded for training purposes only.

/**
 * REGULAR = 正規雇用労働者 (all of a–e, S001:132–138); FIXED_TERM = 有期契約労働者 (incl. part-time, and dispatched
 * workers on a fixed-term contract, S001:124); INDEFINITE_NON_REGULAR = 無期雇用労働者 other than regular and limited
 * regular workers (S001:130); DISPATCHED = working as a dispatched worker, employed by a dispatch agency.
 */
export type EmploymentKind = 'REGULAR' | 'FIXED_TERM' | 'INDEFINITE_NON_REGULAR' | 'DISPATCHED';

export type JobCardIssuerKind = 'REGISTERED_CAREER_CONSULTANT' | 'JOB_CARD_ADVISER';

export interface WorkHistoryEntry {
  readonly companyName: string;
  /** YYYY-MM, the first month worked. */
  readonly from: string;
  /** YYYY-MM, the last month worked (included), or null while the employment goes on. */
  readonly to: string | null;
  readonly employmentKind: EmploymentKind;
  /** The field of the work, compared with the training's field after NFKC; null when not recorded. */
  readonly field: string | null;
}

export interface TraineeFacts {
  /** YYYY-MM-DD */
  readonly trainingStart: string;
  readonly trainingEnd: string;
  readonly trainingField: string;
  readonly history: readonly WorkHistoryEntry[];
  /** The trainee's employment at the training company. */
  readonly currentEmploymentKind: EmploymentKind;
  readonly hiredOnPromiseOfRegular: boolean;
  /** Enrolled in a daytime school (昼間学校). */
  readonly dayStudent: boolean;
  /** For a day student expected to graduate (新規学校卒業予定者): the graduation day. */
  readonly expectedGraduationOn: string | null;
  /** The last day of a public vocational training the trainee finished, if any. */
  readonly publicTrainingFinishedOn: string | null;
  readonly jobCardIssuedOn: string | null;
  readonly issuerKind: JobCardIssuerKind | null;
  /** Judged by the issuer to need/suit the training (S001:116 相当と判断, S003:23 必要と認められ). */
  readonly judgedSuitableForTraining: boolean;
  /** The consultant's reason to go on although a "おおむね" threshold (3 or 6 years) is reached. */
  readonly overrideReason: string | null;
}
