// A referral_imports row as the services and the API read it (never its file content: only the job reads that), and
// the import job's data. Its SQL is in imports.queries.ts.
import type { ReferralFileFormat, ReferralImportStatus } from '../../referral-enums';

export interface ReferralImportRecord {
  id: string;
  institutionId: string;
  uploadedByUserId: string;
  fileName: string;
  fileFormat: ReferralFileFormat;
  fileSha256: string;
  status: ReferralImportStatus;
  rowCount: number;
  importedCount: number;
  failureMessage: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

/**
 * The job id of an import's run: the import's id for the first, the id and version for a re-run of a failed import
 * (BullMQ keeps a failed job's id for a while and would ignore the same id again).
 */
export function importJobId(record: Pick<ReferralImportRecord, 'id' | 'version'>): string {
  return record.version === 1 ? record.id : `${record.id}-v${record.version}`;
}

export interface ReferralImportJobData {
  importId: string;
  /** The uploader's institution: the job runs in its partner_hq scope. */
  institutionId: string;
}
