import { addDays } from '@kakehashi/calendar';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ANONYMISED_NAME } from '../registrants/services/registrant-view';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankSettings } from '../talent-bank-settings';

export type AnonymiseOutcome = 'ANONYMISED' | 'ALREADY_ANONYMISED' | 'STILL_ACTIVE' | 'NOT_DUE' | 'NOT_FOUND';

/**
 * Anonymises one closed registration whose retention period has ended: the name becomes a placeholder, the sealed
 * date of birth and contact details, the gender, the date of leaving, the career record and the wishes are removed.
 * Kept: what statistics need (office, prefecture, age band on the registration day, eligibility reason, status and
 * dates) and the consent record (proof of what was agreed). The re-employment row holds no personal data and is
 * untouched, so the outcome counts do not change. Idempotent: a second run, or the sweep beside the job, finds it done.
 */
@Injectable()
export class AnonymiseRegistrantService {
  private readonly logger = new Logger('TalentBankAnonymisation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: TalentBankClock,
    private readonly settings: TalentBankSettings,
  ) {}

  async anonymise(registrantId: string): Promise<AnonymiseOutcome> {
    if (!isUUID(registrantId)) return 'NOT_FOUND';
    const today = this.clock.today();
    const outcome = await this.dataSource.transaction(async (manager): Promise<AnonymiseOutcome> => {
      const rows = await manager.query<{ status: string; closedOn: string | null; anonymised: boolean }[]>(
        `SELECT "status", "closed_on"::text AS "closedOn", "anonymised_at" IS NOT NULL AS "anonymised"
           FROM "talent_bank_registrants" WHERE "id" = $1 FOR UPDATE`,
        [registrantId],
      );
      const row = rows[0];
      if (!row) return 'NOT_FOUND';
      if (row.anonymised) return 'ALREADY_ANONYMISED';
      if (row.status === 'ACTIVE' || row.closedOn === null) return 'STILL_ACTIVE';
      if (addDays(row.closedOn, this.settings.retentionDays) > today) return 'NOT_DUE';
      await manager.query(
        `UPDATE "talent_bank_registrants"
            SET "name" = $2, "kana" = '', "name_search_key" = '', "kana_search_key" = '',
                "date_of_birth_ciphertext" = NULL, "phone_ciphertext" = NULL, "email_ciphertext" = NULL,
                "address_ciphertext" = NULL, "encryption_key_id" = NULL,
                "gender" = NULL, "left_job_on" = NULL,
                "work_history" = '[]', "qualifications" = '[]', "skills" = '[]', "skill_keys" = '{}',
                "strengths" = NULL, "evaluation_summary" = NULL,
                "desired_occupation_codes" = '{}', "working_style" = NULL, "desired_days_per_week" = NULL,
                "desired_hours_per_day" = NULL, "desired_monthly_wage" = NULL,
                "acceptable_prefecture_codes" = '{}', "earliest_start_on" = NULL, "max_physical_demand" = NULL,
                "anonymised_at" = now(), "version" = "version" + 1, "updated_at" = now()
          WHERE "id" = $1`,
        [registrantId, ANONYMISED_NAME],
      );
      return 'ANONYMISED';
    });
    if (outcome === 'ANONYMISED') this.logger.log({ registrantId }, 'Registrant anonymised');
    return outcome;
  }
}
