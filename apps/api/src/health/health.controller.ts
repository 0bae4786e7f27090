import { Public } from '@kakehashi/authz';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from './indicators/database.health';
import { MatchingHealthIndicator } from './indicators/matching.health';
import { QueueHealthIndicator } from './indicators/queue.health';

/** Public: probes carry no token. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly matching: MatchingHealthIndicator,
  ) {}

  /**
   * Readiness, for load balancers and orchestrators routing traffic: 200 when the database and the job queue answer
   * and the match index is loaded; 503 naming what is not (the index while it loads at start, about 5 s at national
   * size).
   */
  @Get()
  @Public()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.check('database'),
      () => this.queue.check('queue'),
      () => this.matching.check('matching'),
    ]);
  }

  /**
   * Liveness, for restarting a process that no longer answers: 200 whenever the process serves HTTP, whatever its
   * dependencies (restarting a replica because the database is away, or its index still loading, would not help).
   */
  @Get('live')
  @Public()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }
}
