import { AppConfig } from '@kakehashi/config';
import { Inject, Injectable, Optional } from '@nestjs/common';

/** The periods configuration sets (TALENT_BANK_RETENTION_DAYS, TALENT_BANK_EXPIRY_DAYS), with their defaults. */
@Injectable()
export class TalentBankSettings {
  readonly retentionDays: number;
  readonly expiryDays: number;

  constructor(@Optional() @Inject(AppConfig) config?: AppConfig | null) {
    this.retentionDays = config?.talentBankRetentionDays ?? 30;
    this.expiryDays = config?.talentBankExpiryDays ?? 365;
  }
}
