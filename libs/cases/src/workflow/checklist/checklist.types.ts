import type { MoveType } from '@kakehashi/offers';
import type {
  CaseWorker,
  ContractRecord,
  HiringAgreementRecord,
  InternalProcedureRecord,
  MeetingRecord,
  WorkplaceTourRecord,
} from '../case-details';
import type { CaseStage } from '../case-stage';

/** What the offers allow, for the contract period check. */
export interface OfferLimits {
  sendingDesiredPeriodMonths: number | null;
  sendingEarliestStartOn: string | null;
  receivingPeriodMonths: number | null;
}

export interface CaseFacts {
  moveType: MoveType;
  stage: CaseStage;
  sendingConsultantId: string | null;
  receivingConsultantId: string | null;
  workers: CaseWorker[];
  meeting: MeetingRecord | null;
  internalProcedure: InternalProcedureRecord | null;
  workplaceTour: WorkplaceTourRecord | null;
  contract: ContractRecord | null;
  hiringAgreement: HiringAgreementRecord | null;
  establishedOn: string | null;
  followUpCount: number;
  limits: OfferLimits;
}

export interface ChecklistItem {
  key: string;
  stage: CaseStage;
  label: string;
  done: boolean;
  /** Required items block leaving the stage (or entering the one that needs them); the others are advice. */
  required: boolean;
  /** What exactly is missing, when there is more to say than the label. */
  detail: string | null;
  /**
   * The stage a required item must be done before, when that is not simply the next one: consent and the union's
   * agreement belong to the internal procedure but block only the contract (STEP4), so the tour can happen meanwhile.
   */
  requiredBefore: CaseStage | null;
}

/** An item as a stage function states it; checklistOf adds the stage and the default `requiredBefore`. */
export type ItemSpec = Omit<ChecklistItem, 'stage' | 'requiredBefore'> & { requiredBefore?: CaseStage };

/** The items of one stage, from the facts of the case. */
export type StageItems = (facts: CaseFacts) => ItemSpec[];
