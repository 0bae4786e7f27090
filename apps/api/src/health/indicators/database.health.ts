import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, TypeOrmHealthIndicator, type HealthIndicatorResult } from '@nestjs/terminus';

const DATABASE_TIMEOUT_MS = 1500;

/** Terminus' TypeORM ping (`SELECT 1` on the app's DataSource), plus how long it took. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly typeOrm: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check<Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const started = performance.now();
    const result = await this.typeOrm.pingCheck(key, { timeout: DATABASE_TIMEOUT_MS });
    // Terminus reports a failure without the driver's message, which could name hosts or users.
    if (result[key].status !== 'up') return result;
    return this.indicators.check(key).up({ latencyMs: Math.round(performance.now() - started) });
  }
}
