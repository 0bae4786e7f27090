import { JobName, JobProcessor, QueueName, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { StatisticsDrainService, type DrainOutcome } from '../services/statistics-drain.service';

/** The frequent refresh (STATISTICS_REFRESH_CRON): takes in the changes committed since the last one. */
@Injectable()
@JobProcessor(QueueName.STATISTICS, JobName.STATISTICS_DRAIN)
export class StatisticsDrainProcessor implements JobHandler<object> {
  /** Every two seconds: its routine log lines are debug, not info. */
  readonly frequent = true;

  constructor(private readonly drains: StatisticsDrainService) {}

  handle(): Promise<DrainOutcome> {
    return this.drains.drain();
  }
}
