import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';

/**
 * The days the talent bank goes by (registration day, ages, expiry, retention). Injected so tests can move it against
 * the real database and queue, where fake timers cannot reach.
 */
@Injectable()
export class TalentBankClock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return todayInJapan(this.now());
  }
}
