// Reading referral_imports rows in plain SQL, always on a manager whose transaction has a database scope applied
// (row-level security decides which rows exist for the caller). The file content is never read here: only the job
// reads it (see RunReferralImportService).
import type { EntityManager } from 'typeorm';
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

/** The columns of a record, for SELECT and RETURNING (no content). */
export const IMPORT_COLUMNS_SQL = `
  "id", "institution_id" AS "institutionId", "uploaded_by_user_id" AS "uploadedByUserId", "file_name" AS "fileName",
  "file_format" AS "fileFormat", "file_sha256" AS "fileSha256", "status", "row_count" AS "rowCount",
  "imported_count" AS "importedCount", "failure_message" AS "failureMessage", "version", "created_at" AS "createdAt",
  "updated_at" AS "updatedAt", "completed_at" AS "completedAt"`;

export async function findImport(manager: EntityManager, id: string): Promise<ReferralImportRecord | null> {
  const rows = await manager.query<ReferralImportRecord[]>(
    `SELECT ${IMPORT_COLUMNS_SQL} FROM "referral_imports" WHERE "id" = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findImportOfFile(
  manager: EntityManager,
  institutionId: string,
  sha256: string,
): Promise<ReferralImportRecord | null> {
  const rows = await manager.query<ReferralImportRecord[]>(
    `SELECT ${IMPORT_COLUMNS_SQL} FROM "referral_imports" WHERE "institution_id" = $1 AND "file_sha256" = $2`,
    [institutionId, sha256],
  );
  return rows[0] ?? null;
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
