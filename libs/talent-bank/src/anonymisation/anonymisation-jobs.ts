// The anonymisation jobs: what they carry and the ids that make enqueuing them idempotent.

export interface AnonymiseJobData {
  registrantId: string;
}

export interface SweepJobData {
  /** Only these registrants (a repair, or a test); absent: all. */
  registrantIds?: string[];
}

/** One job per registrant: its retention period starts once (a closed registration never reopens). */
export function anonymiseJobId(registrantId: string): string {
  // BullMQ ids must not contain ":".
  return `talent-bank-anonymise-${registrantId}`;
}

export const TALENT_BANK_SWEEP_SCHEDULER_ID = 'talent-bank-sweep';
