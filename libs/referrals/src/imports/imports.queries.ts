// The bulk upload's raw SQL, always on a manager whose transaction has a database scope applied (row-level security
// decides which referral_imports rows exist for the caller). The file content is read by the job's claim alone.
import { Role } from '@kakehashi/authz';
import type { EntityManager } from 'typeorm';
import {
  ReferralAction,
  ReferralStatus,
  type ReferralFileFormat,
  type ReferralImportStatus,
} from '../referral-enums';
import type { ParsedImportRow } from './file/parse-referral-import';
import type { ReferralImportRecord } from './services/referral-import.records';

/** The columns of a record, for SELECT and RETURNING (no content). */
const IMPORT_COLUMNS_SQL = `
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

/** How many imports the caller's scope holds. */
export async function countImports(manager: EntityManager): Promise<number> {
  const [{ total }] = await manager.query<{ total: number }[]>(
    `SELECT count(*)::int AS "total" FROM "referral_imports"`,
  );
  return total;
}

/**
 * Newest first on the keyset (created_at, id), after `after` when given; each with its created_at as text at full
 * (microsecond) precision, which a JS Date would lose, for the cursor.
 */
export function importsPage(
  manager: EntityManager,
  after: [time: string, id: string] | null,
  limit: number,
): Promise<(ReferralImportRecord & { cursorTime: string })[]> {
  return manager.query<(ReferralImportRecord & { cursorTime: string })[]>(
    `SELECT ${IMPORT_COLUMNS_SQL},
            to_char("created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorTime"
       FROM "referral_imports"
      WHERE $1::timestamptz IS NULL OR ("created_at", "id") < ($1::timestamptz, $2::uuid)
      ORDER BY "created_at" DESC, "id" DESC
      LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/**
 * Stores an upload as a QUEUED import. A concurrent upload of the same file meets the unique key: one of the two
 * inserts, the other gets null back. Only a FAILED import is taken over (and queued again).
 */
export async function insertQueuedImport(
  manager: EntityManager,
  upload: {
    institutionId: string;
    uploadedByUserId: string;
    fileName: string;
    fileFormat: ReferralFileFormat;
    fileSha256: string;
    rowCount: number;
    content: Buffer;
  },
): Promise<ReferralImportRecord | null> {
  const rows = await manager.query<ReferralImportRecord[]>(
    `INSERT INTO "referral_imports" AS i
       ("institution_id", "uploaded_by_user_id", "file_name", "file_format", "file_sha256", "status",
        "row_count", "content", "version")
     VALUES ($1, $2, $3, $4, $5, 'QUEUED', $6, $7, 1)
     ON CONFLICT ("institution_id", "file_sha256") DO UPDATE
       SET "uploaded_by_user_id" = EXCLUDED."uploaded_by_user_id", "file_name" = EXCLUDED."file_name",
           "status" = 'QUEUED', "row_count" = EXCLUDED."row_count", "imported_count" = 0,
           "failure_message" = NULL, "content" = EXCLUDED."content", "version" = i."version" + 1,
           "updated_at" = now(), "completed_at" = NULL
       WHERE i."status" = 'FAILED'
     RETURNING ${IMPORT_COLUMNS_SQL}`,
    [
      upload.institutionId,
      upload.uploadedByUserId,
      upload.fileName,
      upload.fileFormat,
      upload.fileSha256,
      upload.rowCount,
      upload.content,
    ],
  );
  return rows[0] ?? null;
}

/** An import the job has taken, with its file. */
export interface ClaimedImport {
  id: string;
  institutionId: string;
  uploadedByUserId: string;
  fileName: string;
  fileFormat: ReferralFileFormat;
  content: Buffer;
}

/** QUEUED (or RUNNING: a retry after a crashed attempt, which wrote nothing) becomes RUNNING; null if neither. */
export async function claimImport(manager: EntityManager, id: string): Promise<ClaimedImport | null> {
  const rows = await manager.query<ClaimedImport[]>(
    // In a WITH: TypeORM hands back an UPDATE's rows wrapped with its row count, a SELECT's as they are.
    `WITH "claimed" AS (
       UPDATE "referral_imports"
          SET "status" = 'RUNNING', "updated_at" = now(), "version" = "version" + 1
        WHERE "id" = $1 AND "status" IN ('QUEUED', 'RUNNING') AND "content" IS NOT NULL
        RETURNING "id", "institution_id" AS "institutionId", "uploaded_by_user_id" AS "uploadedByUserId",
                  "file_name" AS "fileName", "file_format" AS "fileFormat", "content"
     )
     SELECT * FROM "claimed"`,
    [id],
  );
  return rows[0] ?? null;
}

/** An import's status, locked for the rest of the transaction with `forUpdate`; null when it is not there. */
export async function importStatus(
  manager: EntityManager,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReferralImportStatus | null> {
  const [row] = await manager.query<{ status: ReferralImportStatus }[]>(
    options.forUpdate
      ? `SELECT "status" FROM "referral_imports" WHERE "id" = $1 FOR UPDATE`
      : `SELECT "status" FROM "referral_imports" WHERE "id" = $1`,
    [id],
  );
  return row?.status ?? null;
}

/** COMPLETED with its count; the content is cleared. */
export async function completeImport(
  manager: EntityManager,
  id: string,
  importedCount: number,
): Promise<void> {
  await manager.query(
    `UPDATE "referral_imports"
        SET "status" = 'COMPLETED', "imported_count" = $2, "content" = NULL, "failure_message" = NULL,
            "completed_at" = now(), "updated_at" = now(), "version" = "version" + 1
      WHERE "id" = $1`,
    [id, importedCount],
  );
}

/**
 * A QUEUED or RUNNING import becomes FAILED with `message` (its content kept); null when it was neither, so that the
 * uploader is notified once however often it is told.
 */
export async function failImport(
  manager: EntityManager,
  id: string,
  message: string,
): Promise<{ uploadedByUserId: string; fileName: string; version: number } | null> {
  const rows = await manager.query<{ uploadedByUserId: string; fileName: string; version: number }[]>(
    `WITH "failed" AS (
       UPDATE "referral_imports"
          SET "status" = 'FAILED', "failure_message" = $2, "imported_count" = 0, "updated_at" = now(),
              "version" = "version" + 1
        WHERE "id" = $1 AND "status" IN ('QUEUED', 'RUNNING')
        RETURNING "uploaded_by_user_id" AS "uploadedByUserId", "file_name" AS "fileName", "version"
     )
     SELECT * FROM "failed"`,
    [id, message],
  );
  return rows[0] ?? null;
}

/** Center headquarters' active coordinators, told of every completed import. */
export async function activeCoordinatorIds(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT "id" FROM "users" WHERE "role" = $1 AND "is_active"`,
    [Role.HQ_COORDINATOR],
  );
  return rows.map((row) => row.id);
}

export async function institutionName(manager: EntityManager, institutionId: string): Promise<string | null> {
  const [row] = await manager.query<{ name: string }[]>(
    `SELECT "name" FROM "partner_institutions" WHERE "id" = $1`,
    [institutionId],
  );
  return row?.name ?? null;
}

/** The institution's branches, for checking the file's branch names. */
export function branchesOf(
  manager: EntityManager,
  institutionId: string,
): Promise<{ id: string; name: string }[]> {
  return manager.query<{ id: string; name: string }[]>(
    `SELECT "id", "name" FROM "partner_branches" WHERE "institution_id" = $1`,
    [institutionId],
  );
}

/**
 * One chunk in one statement: the referrals from parallel arrays (unnest), and from what was inserted, their
 * IMPORTED events. The partner head office submits them itself, so they start FORWARDED (submitted and forwarded
 * now); ids are made by the caller, so the rows, events and duplicates need no second round trip.
 */
export async function insertImportChunk(
  manager: EntityManager,
  claimed: ClaimedImport,
  rows: (ParsedImportRow & { id: string })[],
): Promise<void> {
  const column = <T>(pick: (row: ParsedImportRow & { id: string }) => T): T[] => rows.map(pick);
  await manager.query(
    `WITH "inserted" AS (
       INSERT INTO "referrals"
         ("id", "institution_id", "branch_id", "created_by_user_id", "status", "client_name",
          "client_name_search_key", "client_corporate_number", "client_jsic_major_code", "client_prefecture_code",
          "client_size", "client_employee_count", "need", "surplus_people", "shortage_people", "occupations",
          "desired_start_on", "description", "consent_obtained_on", "consent_obtained_by", "import_id",
          "import_row_number", "submitted_at", "forwarded_at", "version")
       SELECT r."id", $1::uuid, r."branch_id", $2::uuid, $3::text, r."client_name", r."client_name_search_key",
              r."client_corporate_number", r."client_jsic_major_code", r."client_prefecture_code", r."client_size",
              r."client_employee_count", r."need", r."surplus_people", r."shortage_people", r."occupations",
              r."desired_start_on", r."description", r."consent_obtained_on", r."consent_obtained_by", $4::uuid,
              r."row_number", now(), now(), 1
         FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                     $12::text[], $13::int[], $14::text[], $15::int[], $16::int[], $17::text[], $18::date[],
                     $19::text[], $20::date[], $21::text[], $22::int[])
           AS r("id", "branch_id", "client_name", "client_name_search_key", "client_corporate_number",
                "client_jsic_major_code", "client_prefecture_code", "client_size", "client_employee_count", "need",
                "surplus_people", "shortage_people", "occupations", "desired_start_on", "description",
                "consent_obtained_on", "consent_obtained_by", "row_number")
       RETURNING "id", "institution_id", "branch_id"
     )
     INSERT INTO "referral_events"
       ("referral_id", "institution_id", "branch_id", "action", "from_status", "to_status", "actor_user_id",
        "actor_role")
     SELECT i."id", i."institution_id", i."branch_id", $24::text, NULL, $3::text, $2::uuid, $23::text
       FROM "inserted" i`,
    [
      claimed.institutionId,
      claimed.uploadedByUserId,
      ReferralStatus.FORWARDED,
      claimed.id,
      column((r) => r.id),
      column((r) => r.branchId),
      column((r) => r.content.clientName),
      column((r) => r.content.clientNameSearchKey),
      column((r) => r.content.clientCorporateNumber),
      column((r) => r.content.clientJsicMajorCode),
      column((r) => r.content.clientPrefectureCode),
      column((r) => r.content.clientSize),
      column((r) => r.content.clientEmployeeCount),
      column((r) => r.content.need),
      column((r) => r.content.surplusPeople),
      column((r) => r.content.shortagePeople),
      column((r) => r.content.occupations),
      column((r) => r.content.desiredStartOn),
      column((r) => r.content.description),
      column((r) => r.content.consentObtainedOn),
      column((r) => r.content.consentObtainedBy),
      column((r) => r.rowNumber),
      Role.PARTNER_HQ,
      ReferralAction.IMPORTED,
    ],
  );
}
