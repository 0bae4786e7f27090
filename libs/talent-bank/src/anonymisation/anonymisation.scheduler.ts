import { addDays } from '@kakehashi/calendar';
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankSettings } from '../talent-bank-settings';
import { anonymiseJobId, type AnonymiseJobData } from './anonymisation-jobs';

/** The first moment (00:00 in Japan) of a day. */
export function startOfDayInJapan(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

/**
 * Queues a closed registration's anonymisation for the day its retention period ends. Never fails the closing: a job
 * that cannot be queued (Redis down) is done by the daily sweep instead.
 */
@Injectable()
export class AnonymisationScheduler {
  private readonly logger = new Logger('TalentBankAnonymisation');

  constructor(
    private readonly jobs: JobQueue,
    private readonly clock: TalentBankClock,
    private readonly settings: TalentBankSettings,
  ) {}

  /** The first day the personal data of a registration closed on `closedOn` is anonymised. */
  dueOn(closedOn: string): string {
    return addDays(closedOn, this.settings.retentionDays);
  }

  async schedule(registrantId: string, closedOn: string): Promise<void> {
    const delayMs = startOfDayInJapan(this.dueOn(closedOn)).getTime() - this.clock.now().getTime();
    try {
      await this.jobs.enqueue<AnonymiseJobData>(
        QueueName.TALENT_BANK,
        JobName.TALENT_BANK_ANONYMISE,
        { registrantId },
        {
          jobId: anonymiseJobId(registrantId),
          delayMs: Math.max(0, delayMs),
          attempts: 5,
          backoffMs: 60_000,
        },
      );
    } catch (error) {
      this.logger.warn(
        { registrantId, error: error instanceof Error ? error.message : String(error) },
        'Anonymisation job not queued; the daily sweep will do it',
      );
    }
  }
}
