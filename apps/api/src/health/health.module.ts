import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { DatabaseHealthIndicator } from './indicators/database.health';
import { QueueHealthIndicator } from './indicators/queue.health';

/** `GET /health` for load balancers and orchestrators. Needs the TypeORM DataSource and `JobQueue` (both global). */
@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, QueueHealthIndicator],
})
export class HealthModule {}
