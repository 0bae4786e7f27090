import { MatchingModule } from '@kakehashi/matching';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { DatabaseHealthIndicator } from './indicators/database.health';
import { MatchingHealthIndicator } from './indicators/matching.health';
import { QueueHealthIndicator } from './indicators/queue.health';

/**
 * `GET /health` (readiness) and `GET /health/live` (liveness) for load balancers and orchestrators. Needs the
 * TypeORM DataSource and `JobQueue` (both global); MatchingModule is the API's own (one instance, one index).
 */
@Module({
  imports: [TerminusModule, MatchingModule],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, QueueHealthIndicator, MatchingHealthIndicator],
})
export class HealthModule {}
