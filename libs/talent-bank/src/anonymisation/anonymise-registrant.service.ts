import { addDays } from '@kakehashi/calendar';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { eraseRegistrant, lockForAnonymising } from '../registrants/registrant.queries';
import { ANONYMISED_NAME } from '../registrants/services/registrant-view';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankSettings } from '../talent-bank-settings';
import { RegistrantErasureHooks } from './registrant-erasure-hooks';

export type AnonymiseOutcome = 'ANONYMISED' | 'ALREADY_ANONYMISED' | 'STILL_ACTIVE' | 'NOT_DUE' | 'NOT_FOUND';

/**
 * Anonymises one closed registration whose retention period has ended: the name becomes a placeholder, the sealed
 * date of birth and contact details, the gender, the date of leaving, the career record and the wishes are removed.
 * Kept: what statistics need (office, prefecture, age band on the registration day, eligibility reason, status and
 * dates) and the consent record (proof of what was agreed). The re-employment row holds no personal data and is
 * untouched, so the outcome counts do not change. Other modules' copies go with it (RegistrantErasureHooks). Idempotent: a second run, or the sweep beside the job, finds it done.
 */
@Injectable()
export class AnonymiseRegistrantService {
  private readonly logger = new Logger('TalentBankAnonymisation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: TalentBankClock,
    private readonly settings: TalentBankSettings,
    private readonly erasures: RegistrantErasureHooks,
  ) {}

  async anonymise(registrantId: string): Promise<AnonymiseOutcome> {
    if (!isUUID(registrantId)) return 'NOT_FOUND';
    const today = this.clock.today();
    const outcome = await this.dataSource.transaction(async (manager): Promise<AnonymiseOutcome> => {
      const row = await lockForAnonymising(manager, registrantId);
      if (!row) return 'NOT_FOUND';
      if (row.anonymised) return 'ALREADY_ANONYMISED';
      if (row.status === 'ACTIVE' || row.closedOn === null) return 'STILL_ACTIVE';
      if (addDays(row.closedOn, this.settings.retentionDays) > today) return 'NOT_DUE';
      await eraseRegistrant(manager, registrantId, ANONYMISED_NAME);
      await this.erasures.eraseRegistrant(manager, registrantId, ANONYMISED_NAME);
      return 'ANONYMISED';
    });
    if (outcome === 'ANONYMISED') this.logger.log({ registrantId }, 'Registrant anonymised');
    return outcome;
  }
}
