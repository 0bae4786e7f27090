import { JobName, JobProcessor, QueueName, type JobContext, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { StatisticsRebuildService, type RebuildOutcome } from '../services/statistics-rebuild.service';

/** Recomputes every rollup from the raw records, reporting progress (0..100). */
@Injectable()
@JobProcessor(QueueName.STATISTICS, JobName.STATISTICS_REBUILD)
export class StatisticsRebuildProcessor implements JobHandler<object> {
  constructor(private readonly rebuilds: StatisticsRebuildService) {}

  handle(_data: object, context: JobContext): Promise<RebuildOutcome> {
    return this.rebuilds.rebuild((percent) => context.updateProgress(percent));
  }
}
