import { Injectable } from '@nestjs/common';

/**
 * The time the reminders go by. Injected so tests can move it (a due moment a second ahead) against the real queue,
 * where fake timers cannot reach.
 */
@Injectable()
export class CaseClock {
  now(): Date {
    return new Date();
  }
}
