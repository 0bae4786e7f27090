import { JobQueue } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';

/** The job queue: Redis answering for BullMQ, always up in-process. */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly jobs: JobQueue,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check<Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const health = await this.jobs.health();
    const indicator = this.indicators.check(key);
    return health.ok
      ? indicator.up({ driver: health.driver })
      : indicator.down({ driver: health.driver, message: health.detail ?? 'unavailable' });
  }
}
