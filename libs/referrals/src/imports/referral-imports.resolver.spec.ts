import { JobName, QueueName, type JobQueue, type JobStatus } from '@kakehashi/jobs';
import { ReferralFileFormat, ReferralImportStatus } from '../referral-enums';
import { toReferralImportModel } from './referral-import.models';
import type { ReferralImportRecord } from './services/referral-import.records';
import { ReferralImportsResolver } from './referral-imports.resolver';

const ID = '6b0f4a53-3d57-4a0e-9a51-2f4d8f0c1a11';

function record(status: ReferralImportStatus, version: number): ReferralImportRecord {
  return {
    id: ID,
    institutionId: 'i',
    uploadedByUserId: 'u',
    fileName: 'a.csv',
    fileFormat: ReferralFileFormat.CSV,
    fileSha256: 'x'.repeat(64),
    status,
    rowCount: 10,
    importedCount: 0,
    failureMessage: null,
    version,
    createdAt: new Date(),
    updatedAt: new Date(),
    completedAt: null,
  };
}

/** A queue that knows one job, and records which ids were asked for. */
function queueWith(jobId: string, progress: number) {
  const asked: string[] = [];
  const jobs = {
    getJob: async (queue: QueueName, id: string): Promise<JobStatus | null> => {
      asked.push(id);
      return queue === QueueName.REFERRALS && id === jobId
        ? {
            id,
            queue,
            name: JobName.REFERRAL_IMPORT,
            state: 'active',
            progress,
            attemptsMade: 0,
            failedReason: null,
            result: null,
          }
        : null;
    },
  } as unknown as JobQueue;
  return { resolver: new ReferralImportsResolver(null as never, null as never, null as never, jobs), asked };
}

describe('ReferralImport.progress', () => {
  it("reads a running import's job, queued under the version before the run's claim raised it", async () => {
    const { resolver, asked } = queueWith(ID, 42.6);
    expect(await resolver.progress(toReferralImportModel(record(ReferralImportStatus.RUNNING, 2)))).toBe(43);
    expect(asked).toEqual([`${ID}-v2`, ID]);
  });

  it('finds the job of a failed import queued again (its own versioned id)', async () => {
    const { resolver } = queueWith(`${ID}-v3`, 70);
    expect(await resolver.progress(toReferralImportModel(record(ReferralImportStatus.RUNNING, 4)))).toBe(70);
  });

  it('is 100 once completed, 0 when failed or when no job has reported yet', async () => {
    const { resolver, asked } = queueWith('another', 50);
    expect(await resolver.progress(toReferralImportModel(record(ReferralImportStatus.COMPLETED, 3)))).toBe(
      100,
    );
    expect(await resolver.progress(toReferralImportModel(record(ReferralImportStatus.FAILED, 3)))).toBe(0);
    expect(asked).toEqual([]);
    expect(await resolver.progress(toReferralImportModel(record(ReferralImportStatus.QUEUED, 1)))).toBe(0);
    expect(asked).toEqual([ID]);
  });
});
