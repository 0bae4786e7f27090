import type { AuthUser } from '@kakehashi/authz';
import { inDatabaseScope } from '@kakehashi/database';
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ReferralImportStatus } from '../../referral-enums';
import { parseReferralImport } from '../file/parse-referral-import';
import { decodeUpload } from '../file/upload-file';
import { ReferralImportException } from '../referral-import.exception';
import { ImportContextLoader } from './import-context.loader';
import { uploaderScopeOf } from './import-scope';
import { findImportOfFile, insertQueuedImport } from '../imports.queries';
import {
  importJobId,
  type ReferralImportJobData,
  type ReferralImportRecord,
} from './referral-import.records';
import { summaryOf, type ReferralImportFile } from './validate-referral-import.service';

/** Tries of the import job: a database hiccup is retried, a third failure marks the import FAILED. */
export const IMPORT_JOB_ATTEMPTS = 3;

export interface StartedImport {
  record: ReferralImportRecord;
  /** The same file (by content) was imported, or is being imported, already: nothing new was created. */
  alreadyImported: boolean;
}

/**
 * The real import, all or nothing: the file is checked again (any error refuses it with every row error, and nothing
 * is written), stored with its hash as a QUEUED import, and the job writes every referral in one transaction. The
 * same file from the same institution is imported once: again, it returns the first import. A FAILED import of the
 * same file is queued again.
 */
@Injectable()
export class StartReferralImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: ImportContextLoader,
    private readonly jobs: JobQueue,
  ) {}

  async start(user: AuthUser, upload: ReferralImportFile): Promise<StartedImport> {
    const scope = uploaderScopeOf(user);
    const file = decodeUpload(upload.fileName, upload.contentBase64);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');

    // Before checking 10,000 rows again: a file already imported is answered from its import.
    const existing = await inDatabaseScope(this.dataSource, scope, (manager) =>
      findImportOfFile(manager, scope.institutionId, sha256),
    );
    if (existing && existing.status !== ReferralImportStatus.FAILED) return this.again(existing);

    const parsed = await parseReferralImport(file, await this.contexts.load(scope.institutionId));
    if (parsed.errorCount > 0) {
      throw ReferralImportException.invalidRows(summaryOf(parsed), parsed.errors, parsed.errorCount);
    }

    const stored = await inDatabaseScope(this.dataSource, scope, async (manager) => {
      // A concurrent upload of the same file meets the unique key: one of the two inserts, the other gets nothing
      // back and answers with the first's import. Only a FAILED import is taken over (and queued again).
      const inserted = await insertQueuedImport(manager, {
        institutionId: scope.institutionId,
        uploadedByUserId: user.id,
        fileName: file.fileName.slice(0, 255),
        fileFormat: file.format,
        fileSha256: sha256,
        rowCount: parsed.rowCount,
        content: file.bytes,
      });
      if (inserted) return { record: inserted, created: true };
      return { record: await findImportOfFile(manager, scope.institutionId, sha256), created: false };
    });
    if (!stored.record) throw new Error(`referral import of ${sha256} neither stored nor found`);
    if (!stored.created) return this.again(stored.record);
    // After the commit: the job must find the row.
    await this.enqueue(stored.record);
    return { record: stored.record, alreadyImported: false };
  }

  /** An import of the same file: nothing new, but a QUEUED one is queued again in case its job was lost. */
  private async again(record: ReferralImportRecord): Promise<StartedImport> {
    if (record.status === ReferralImportStatus.QUEUED) await this.enqueue(record);
    return { record, alreadyImported: true };
  }

  private async enqueue(record: ReferralImportRecord): Promise<void> {
    const data: ReferralImportJobData = { importId: record.id, institutionId: record.institutionId };
    // Idempotent: a job id still known to the queue is not added twice.
    await this.jobs.enqueue(QueueName.REFERRALS, JobName.REFERRAL_IMPORT, data, {
      jobId: importJobId(record),
      attempts: IMPORT_JOB_ATTEMPTS,
    });
  }
}
