import { LiveMatchIndex } from '@kakehashi/matching';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';

/**
 * The API's in-memory match index: down while it loads at start (or after a failed load, until a retry succeeds), so
 * that no traffic is routed to a replica whose first ranking would wait seconds; up with its size once loaded.
 */
@Injectable()
export class MatchingHealthIndicator {
  constructor(
    private readonly index: LiveMatchIndex,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check<Key extends string>(key: Key): HealthIndicatorResult<Key> {
    const status = this.index.status();
    const indicator = this.indicators.check(key);
    if (status.state === 'ready') {
      const { state, ...size } = status;
      return indicator.up({ index: state, ...size });
    }
    const { state, ...rest } = status;
    return indicator.down({ index: state, ...rest });
  }
}
