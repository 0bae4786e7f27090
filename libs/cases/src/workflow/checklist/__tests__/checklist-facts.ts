// The facts of a case at STEP1 with nothing recorded, for the stage functions' specs.
import { MoveType } from '@kakehashi/offers';
import type { CaseWorker } from '../../case-details';
import { CaseStage } from '../../case-stage';
import type { CaseFacts, ItemSpec } from '../checklist.types';

export function checklistFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    moveType: MoveType.SECONDMENT,
    stage: CaseStage.INFORMATION_COLLECTION,
    sendingConsultantId: null,
    receivingConsultantId: null,
    workers: [],
    meeting: null,
    internalProcedure: null,
    workplaceTour: null,
    contract: null,
    hiringAgreement: null,
    establishedOn: null,
    followUpCount: 0,
    limits: { sendingDesiredPeriodMonths: 12, sendingEarliestStartOn: null, receivingPeriodMonths: 12 },
    ...overrides,
  };
}

export function checklistWorker(label: string, consentOn: string | null): CaseWorker {
  return { id: label, label, consentOn, consentMethod: null, established: false, withdrawnOn: null };
}

/** The keys of the items not done. */
export const undone = (items: ItemSpec[]): string[] => items.filter((i) => !i.done).map((i) => i.key);
