import { inDatabaseScope, type DatabaseScope } from '@kakehashi/database';
import type { JobContext, JobFailure } from '@kakehashi/jobs';
import { NotifyUsersService } from '@kakehashi/notifications';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ReferralImportStatus } from '../../referral-enums';
import { parseReferralImport, ROW_NUMBER_CONVENTION } from '../file/parse-referral-import';
import { ReferralDuplicateService } from '../../duplicates/referral-duplicate.service';
import {
  activeCoordinatorIds,
  claimImport,
  completeImport,
  failImport,
  importStatus,
  insertImportChunk,
  institutionName,
  type ClaimedImport,
} from '../imports.queries';
import { ReferralImportException } from '../referral-import.exception';
import { ImportContextLoader } from './import-context.loader';
import type { ReferralImportJobData } from './referral-import.records';

/** Rows per INSERT statement: one statement per chunk keeps each parameter array small and gives progress steps. */
export const IMPORT_CHUNK_ROWS = 2_000;

const RETRY_ADVICE =
  '時間をおいて同じファイルをもう一度アップロードしてください(改善しない場合はセンターへお問い合わせください)。';

/** What the uploader reads when the import job failed for good, by the way it failed. */
const IMPORT_FAILURE_MESSAGES: Record<JobFailure['kind'], string> = {
  error: `取り込み処理中にエラーが発生したため、紹介は1件も登録されていません。${RETRY_ADVICE}`,
  stalled: `取り込み処理を実行していたサーバーが処理中に繰り返し停止したため、紹介は1件も登録されていません。${RETRY_ADVICE}`,
  lost: `取り込み処理が中断され再開できなかったため、紹介は1件も登録されていません。${RETRY_ADVICE}`,
};

export type RunReferralImportOutcome =
  | { outcome: 'COMPLETED'; imported: number; possibleDuplicates: number }
  /** Completed before (a retry, or the job run twice): nothing done. */
  | { outcome: 'ALREADY_COMPLETED' }
  /** The file no longer passes its checks (e.g. a branch was deleted since the upload): FAILED without retrying. */
  | { outcome: 'FAILED'; message: string }
  /** The import is not there (or FAILED before this job ran): nothing to do. */
  | { outcome: 'SKIPPED' };

/** The import job's work; see ReferralImportProcessor. */
@Injectable()
export class RunReferralImportService {
  private readonly logger = new Logger('ReferralImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: ImportContextLoader,
    private readonly notifications: NotifyUsersService,
    private readonly duplicates: ReferralDuplicateService,
  ) {}

  /**
   * Idempotent: a COMPLETED import is left alone. Runs in the uploader's partner_hq scope, so the policies check
   * every row written against the uploader's institution. Re-reads the stored file and checks it again, then writes
   * every referral and its IMPORTED event in ONE transaction with set-based INSERTs, completes the import (its
   * content cleared) and notifies Center headquarters and the uploader once.
   */
  async run(data: ReferralImportJobData, context: JobContext): Promise<RunReferralImportOutcome> {
    const scope: DatabaseScope = { kind: 'partner_hq', institutionId: data.institutionId };
    const started = performance.now();
    try {
      const claimed = await this.claim(scope, data.importId);
      if (claimed === 'COMPLETED') return { outcome: 'ALREADY_COMPLETED' };
      if (!claimed) return { outcome: 'SKIPPED' };
      await context.updateProgress(5);

      const importContext = await this.contexts.load(claimed.institutionId);
      const file = { fileName: claimed.fileName, format: claimed.fileFormat, bytes: claimed.content };
      const parsed = await parseReferralImport(file, importContext).catch(async (error: unknown) => {
        // The same bytes passed at upload; a refusal now is as final as a row error (retrying cannot help).
        if (!(error instanceof ReferralImportException)) throw error;
        await this.fail(scope, claimed, `${error.message}(紹介は1件も登録されていません)`);
        return error;
      });
      if (parsed instanceof ReferralImportException) return { outcome: 'FAILED', message: parsed.message };
      if (parsed.errorCount > 0) {
        const first = parsed.errors
          .slice(0, 3)
          .map((e) => `${e.rowNumber}行目 ${e.column ?? ''}: ${e.message}`)
          .join(' / ');
        const message =
          `登録前の再確認で${parsed.errorCount}件の誤りが見つかったため、紹介は1件も登録されていません` +
          `(${ROW_NUMBER_CONVENTION})。${first}。ファイルを直して、もう一度アップロードしてください。`;
        await this.fail(scope, claimed, message);
        return { outcome: 'FAILED', message };
      }
      await context.updateProgress(15);

      const imported = await inDatabaseScope(this.dataSource, scope, async (manager) => {
        const current = await importStatus(manager, claimed.id, { forUpdate: true });
        // Another run of the same import finished while this one was parsing.
        if (!current || current === ReferralImportStatus.COMPLETED) return null;
        const rows = parsed.rows.map((row) => ({ ...row, id: randomUUID() }));
        for (let start = 0; start < rows.length; start += IMPORT_CHUNK_ROWS) {
          await insertImportChunk(manager, claimed, rows.slice(start, start + IMPORT_CHUNK_ROWS));
          await context.updateProgress(
            15 + (70 * Math.min(rows.length, start + IMPORT_CHUNK_ROWS)) / rows.length,
          );
        }
        // Every row at once against the open referrals and offers of every institution (rows of one file are never
        // the same company: the file check refuses that). The partner learns the count in the summary below, not
        // in one notification per row.
        const duplicates = await this.duplicates.flag(
          manager,
          rows.map((row) => ({
            id: row.id,
            institutionId: claimed.institutionId,
            clientCorporateNumber: row.content.clientCorporateNumber,
            clientNameSearchKey: row.content.clientNameSearchKey,
            clientPrefectureCode: row.content.clientPrefectureCode,
          })),
        );
        await context.updateProgress(95);
        await completeImport(manager, claimed.id, parsed.rows.length);
        await this.notifyCompleted(manager, claimed, rows.length, duplicates.size);
        return { imported: rows.length, possibleDuplicates: duplicates.size };
      });
      if (imported === null) return { outcome: 'ALREADY_COMPLETED' };
      await context.updateProgress(100);
      this.logger.log(
        {
          importId: claimed.id,
          institutionId: claimed.institutionId,
          rows: imported.imported,
          possibleDuplicates: imported.possibleDuplicates,
          durationMs: Math.round(performance.now() - started),
        },
        'Referral import completed',
      );
      return { outcome: 'COMPLETED', ...imported };
    } catch (error) {
      // The referrals were written in one transaction, so a failed attempt left none; the last one says so.
      if (context.attempt >= (context.maxAttempts ?? context.attempt)) {
        await this.markFailed(data, { kind: 'error', reason: String(error) }).catch((failure: unknown) =>
          this.logger.error(
            { importId: data.importId, error: String(failure) },
            'Could not mark the import FAILED',
          ),
        );
      }
      throw error;
    }
  }

  /**
   * The job failed for good (see JobHandler.onFailed): the import ends FAILED with a Japanese reason and the uploader
   * is told, once. Idempotent: an import already FAILED or COMPLETED is left alone. Nothing was written (one
   * transaction), so the same file can be uploaded again.
   */
  async markFailed(data: ReferralImportJobData, failure: JobFailure): Promise<void> {
    const scope: DatabaseScope = { kind: 'partner_hq', institutionId: data.institutionId };
    await this.fail(scope, { id: data.importId }, IMPORT_FAILURE_MESSAGES[failure.kind]);
  }

  /** QUEUED (or RUNNING: a retry after a crashed attempt, which wrote nothing) becomes RUNNING, with its file. */
  private claim(scope: DatabaseScope, id: string): Promise<ClaimedImport | 'COMPLETED' | null> {
    return inDatabaseScope(this.dataSource, scope, async (manager) => {
      const claimed = await claimImport(manager, id);
      if (claimed) return claimed;
      return (await importStatus(manager, id)) === ReferralImportStatus.COMPLETED ? 'COMPLETED' : null;
    });
  }

  private async fail(
    scope: DatabaseScope,
    claimed: Pick<ClaimedImport, 'id'> & Partial<ClaimedImport>,
    message: string,
  ): Promise<void> {
    await inDatabaseScope(this.dataSource, scope, async (manager) => {
      // The content is kept: a re-upload of the same file replaces it, and an operator may look at it. Only a QUEUED or
      // RUNNING import fails: told twice (the job's catch, then onFailed), the uploader is notified once.
      const failed = await failImport(manager, claimed.id, message);
      if (!failed) return;
      await this.notifications.notify(
        [failed.uploadedByUserId],
        {
          kind: 'REFERRAL_IMPORT_FAILED',
          title: '紹介の一括登録ができませんでした',
          body: `ファイル「${failed.fileName}」: ${message}`,
          subjectType: 'REFERRAL_IMPORT',
          subjectId: claimed.id,
          dedupeKey: `referral-import:${claimed.id}:failed:${failed.version}`,
        },
        manager,
      );
    });
  }

  /** One notification for the whole file, to Center headquarters' coordinators and the uploader. */
  private async notifyCompleted(
    manager: EntityManager,
    claimed: ClaimedImport,
    count: number,
    possibleDuplicates: number,
  ): Promise<void> {
    const coordinators = await activeCoordinatorIds(manager);
    const institution = await institutionName(manager, claimed.institutionId);
    await this.notifications.notify(
      [claimed.uploadedByUserId, ...coordinators],
      {
        kind: 'REFERRAL_IMPORT_COMPLETED',
        title: `紹介の一括登録: ${count.toLocaleString('ja-JP')}件をセンターへ送付しました`,
        body:
          `${institution ?? '提携機関'}の一括登録(ファイル「${claimed.fileName}」)で、` +
          `紹介${count.toLocaleString('ja-JP')}件がセンターへ送付されました。` +
          (possibleDuplicates
            ? `うち${possibleDuplicates.toLocaleString('ja-JP')}件は、既にある紹介または送出・受入情報と同じ企業の可能性があります(各紹介に表示されます)。`
            : ''),
        subjectType: 'REFERRAL_IMPORT',
        subjectId: claimed.id,
        dedupeKey: `referral-import:${claimed.id}:completed`,
      },
      manager,
    );
  }
}
