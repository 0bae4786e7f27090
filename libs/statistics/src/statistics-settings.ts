import { todayInJapan } from '@kakehashi/calendar';
import { AppConfig } from '@kakehashi/config';
import { Inject, Injectable, Optional } from '@nestjs/common';

/** The month after the last published one (the brochure's figures run to January 2023). */
export const DEFAULT_STATISTICS_LIVE_FROM = '2023-02';

/**
 * The cut-over month (STATISTICS_LIVE_FROM) and the clock the statistics read. A provider so tests can move the
 * cut-over and "this month" without touching the environment.
 */
@Injectable()
export class StatisticsSettings {
  readonly liveFrom: string;

  constructor(@Optional() @Inject(AppConfig) config: AppConfig | null) {
    this.liveFrom = config?.statisticsLiveFrom ?? DEFAULT_STATISTICS_LIVE_FROM;
  }

  /** This month in Japan (YYYY-MM): later months have not begun. */
  currentMonth(): string {
    return todayInJapan().slice(0, 7);
  }
}
