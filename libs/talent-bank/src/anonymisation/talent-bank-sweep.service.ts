import { addDays } from '@kakehashi/calendar';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dueForAnonymising, expireUncontacted } from '../registrants/registrant.queries';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankSettings } from '../talent-bank-settings';
import { AnonymisationScheduler } from './anonymisation.scheduler';
import { AnonymiseRegistrantService, type AnonymiseOutcome } from './anonymise-registrant.service';

export interface SweepOutcome {
  expired: number;
  anonymised: number;
}

const BATCH = 200;

/**
 * The daily sweep: active registrations without contact for TALENT_BANK_EXPIRY_DAYS expire (closed the day after the
 * period, whatever day the sweep runs), and closed registrations past their retention period are anonymised through
 * the same service as the per-registrant job, so the sweep catches any job that never ran.
 */
@Injectable()
export class TalentBankSweepService {
  private readonly logger = new Logger('TalentBankAnonymisation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: TalentBankClock,
    private readonly settings: TalentBankSettings,
    private readonly anonymiser: AnonymiseRegistrantService,
    private readonly scheduler: AnonymisationScheduler,
  ) {}

  async sweep(options: { registrantIds?: string[] } = {}): Promise<SweepOutcome> {
    const today = this.clock.today();
    const ids = options.registrantIds ?? null;
    const expired = await expireUncontacted(this.dataSource, today, this.settings.expiryDays, ids);
    // Those already past their retention are anonymised below; the others get their job.
    for (const row of expired) {
      if (this.scheduler.dueOn(row.closedOn) > today) await this.scheduler.schedule(row.id, row.closedOn);
    }

    // Keyset over the id: every due registration is looked at once, whatever another process does meanwhile.
    const lastClosedDay = addDays(today, -this.settings.retentionDays);
    let anonymised = 0;
    let after: string | null = null;
    for (;;) {
      const due = await dueForAnonymising(this.dataSource, lastClosedDay, ids, after, BATCH);
      for (const row of due) {
        const outcome: AnonymiseOutcome = await this.anonymiser.anonymise(row.id);
        if (outcome === 'ANONYMISED') anonymised += 1;
      }
      if (due.length < BATCH) break;
      after = due[due.length - 1].id;
    }
    if (expired.length + anonymised > 0) {
      this.logger.log({ today, expired: expired.length, anonymised }, 'Talent bank sweep');
    }
    return { expired: expired.length, anonymised };
  }
}
