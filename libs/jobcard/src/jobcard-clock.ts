import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';

/**
 * The day the Job Card's rules judge what is not yet dated (a plan not yet submitted, a Job Card still missing, the
 * rate table in force). Injected so tests and the demo can fix it.
 */
@Injectable()
export class JobcardClock {
  today(): string {
    return todayInJapan();
  }
}
