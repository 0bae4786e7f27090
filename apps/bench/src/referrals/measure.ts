// The measurements: the dry run (validateReferralImport's work), the full import (importReferrals, then the job
// through BullMQ until the import is COMPLETED) and the baseline (the same rows saved one by one through TypeORM
// repositories in one transaction, as a straightforward implementation would).
import { Role, type AuthUser } from '@kakehashi/authz';
import { inDatabaseScope } from '@kakehashi/database';
import {
  decodeUpload,
  parseReferralImport,
  ReferralAction,
  ReferralEntity,
  ReferralEventEntity,
  ReferralImportQueryService,
  ReferralImportStatus,
  ReferralStatus,
  StartReferralImportService,
  ValidateReferralImportService,
  type ParsedImportRow,
} from '@kakehashi/referrals';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { msSince } from '../matching/support/stats';

export interface DryRunResult {
  samplesMs: number[];
  rowCount: number;
  errorCount: number;
  encoding: string | null;
}

export interface ImportResult {
  /** importReferrals: decode, check every row, store the file, enqueue. */
  startMs: number;
  /** From enqueued to COMPLETED: queue pick-up, the job's re-check, writes, duplicate check, notifications. */
  jobMs: number;
  totalMs: number;
  importedCount: number;
  referralsInDatabase: number;
  possibleDuplicates: number;
}

export interface BaselineResult {
  rows: number;
  writeMs: number;
  /** writeMs scaled to the full row count. */
  extrapolatedWriteMs: number;
}

const b64 = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });

export async function measureDryRun(
  app: INestApplicationContext,
  user: AuthUser,
  fileName: string,
  bytes: Buffer,
  repeat: number,
): Promise<DryRunResult> {
  const validation = app.get(ValidateReferralImportService);
  const samplesMs: number[] = [];
  let last: Awaited<ReturnType<ValidateReferralImportService['check']>> | null = null;
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    // The Base64 string is made inside the timing: the API receives it so, and decoding it is the service's work.
    last = await validation.check(user, b64(fileName, bytes));
    samplesMs.push(msSince(start));
  }
  if (!last) throw new Error('no dry run');
  return {
    samplesMs,
    rowCount: last.parsed.rowCount,
    errorCount: last.parsed.errorCount,
    encoding: last.parsed.encoding,
  };
}

export async function measureImport(
  app: INestApplicationContext,
  user: AuthUser,
  fileName: string,
  bytes: Buffer,
  timeoutMs = 120_000,
): Promise<ImportResult> {
  const starts = app.get(StartReferralImportService);
  const queries = app.get(ReferralImportQueryService);
  const begin = process.hrtime.bigint();
  const started = await starts.start(user, b64(fileName, bytes));
  const startMs = msSince(begin);
  if (started.alreadyImported) throw new Error(`${fileName} was imported before`);
  let record = started.record;
  const deadline = Date.now() + timeoutMs;
  while (record.status !== ReferralImportStatus.COMPLETED) {
    if (record.status === ReferralImportStatus.FAILED)
      throw new Error(`import failed: ${record.failureMessage}`);
    if (Date.now() > deadline) throw new Error(`import still ${record.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    record = await queries.byId(user, record.id);
  }
  const totalMs = msSince(begin);
  const dataSource = app.get(DataSource);
  const [counts] = await inDatabaseScope(dataSource, { kind: 'center' }, (m) =>
    m.query<{ referrals: number; duplicates: number }[]>(
      `SELECT count(*)::int AS "referrals", count(*) FILTER (WHERE "possible_duplicate")::int AS "duplicates"
         FROM "referrals" WHERE "import_id" = $1`,
      [record.id],
    ),
  );
  return {
    startMs,
    jobMs: totalMs - startMs,
    totalMs,
    importedCount: record.importedCount,
    referralsInDatabase: counts.referrals,
    possibleDuplicates: counts.duplicates,
  };
}

/**
 * The first `rows` rows of the file, checked as the import checks them, then saved one referral and one event at a
 * time with repository.save in one transaction of the uploader's scope: the write path the job replaces.
 */
export async function measureRowByRowBaseline(
  app: INestApplicationContext,
  user: AuthUser & { partnerInstitutionId: string },
  fileName: string,
  bytes: Buffer,
  branches: readonly { id: string; name: string }[],
  rows: number,
  fullRows: number,
): Promise<BaselineResult> {
  const parsed = await parseReferralImport(decodeUpload(fileName, bytes.toString('base64')), {
    today: new Date().toISOString().slice(0, 10),
    branches,
  });
  if (parsed.errorCount) throw new Error(`baseline file has ${parsed.errorCount} errors`);
  const sample: ParsedImportRow[] = parsed.rows.slice(0, rows);
  const dataSource = app.get(DataSource);
  const scope = { kind: 'partner_hq' as const, institutionId: user.partnerInstitutionId };
  const start = process.hrtime.bigint();
  await inDatabaseScope(dataSource, scope, async (manager) => {
    const referrals = manager.getRepository(ReferralEntity);
    const events = manager.getRepository(ReferralEventEntity);
    for (const row of sample) {
      const now = new Date();
      const saved = await referrals.save(
        referrals.create({
          ...row.content,
          institutionId: user.partnerInstitutionId,
          branchId: row.branchId,
          createdByUserId: user.id,
          status: ReferralStatus.FORWARDED,
          submittedAt: now,
          forwardedAt: now,
        }),
      );
      await events.save(
        events.create({
          referralId: saved.id,
          institutionId: saved.institutionId,
          branchId: saved.branchId,
          action: ReferralAction.IMPORTED,
          fromStatus: null,
          toStatus: ReferralStatus.FORWARDED,
          actorUserId: user.id,
          actorRole: Role.PARTNER_HQ,
        }),
      );
    }
  });
  const writeMs = msSince(start);
  return { rows: sample.length, writeMs, extrapolatedWriteMs: (writeMs * fullRows) / sample.length };
}
