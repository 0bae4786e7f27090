import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertOfficeScope } from '../../access/registrant-access.policy';
import { AnonymisationScheduler } from '../../anonymisation/anonymisation.scheduler';
import type { RecordContactInput, WithdrawConsentInput } from '../dtos/registrant.inputs';
import { RegistrantEntity } from '../registrant.entity';
import { calendarDay, FieldCollector } from '../rules/registrant-fields';
import { TalentBankClock } from '../../talent-bank-clock';
import { REGISTRANT_STATUS_LABELS, RegistrantStatus } from '../../talent-bank-enums';
import { TalentBankException } from '../../talent-bank.exception';
import { TalentBankRecords } from '../../shared/talent-bank-records';

/** Contacts (which keep a registration from expiring) and the withdrawal of consent (which closes it). */
@Injectable()
export class RegistrantLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: TalentBankClock,
    private readonly records: TalentBankRecords,
    private readonly scheduler: AnonymisationScheduler,
  ) {}

  async recordContact(user: AuthUser, input: RecordContactInput): Promise<RegistrantEntity> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.activeForWrite(user, input.registrantId, input.expectedVersion, manager);
      const contactedOn = this.day('contactedOn', input.contactedOn, '連絡日', current.registeredOn);
      // A contact recorded late never moves the last contact back.
      const last = contactedOn > current.lastContactedOn ? contactedOn : current.lastContactedOn;
      await manager.update(
        RegistrantEntity,
        { id: current.id },
        { lastContactedOn: last, updatedByUserId: user.id },
      );
    });
    return this.records.registrant(input.registrantId);
  }

  /**
   * Consent withdrawn: the registration closes at once (no more matching or edits) and its personal data is
   * anonymised when the retention period has passed.
   */
  async withdrawConsent(user: AuthUser, input: WithdrawConsentInput): Promise<RegistrantEntity> {
    let closedOn = '';
    await this.dataSource.transaction(async (manager) => {
      const current = await this.activeForWrite(user, input.registrantId, input.expectedVersion, manager);
      closedOn = this.day('withdrawnOn', input.withdrawnOn, '撤回日', current.registeredOn);
      await manager.update(
        RegistrantEntity,
        { id: current.id },
        {
          status: RegistrantStatus.WITHDRAWN,
          consentWithdrawnOn: closedOn,
          closedOn,
          updatedByUserId: user.id,
        },
      );
    });
    await this.scheduler.schedule(input.registrantId, closedOn);
    return this.records.registrant(input.registrantId);
  }

  /** Locked, in the caller's office, at the version the caller saw, and still active. */
  async activeForWrite(
    user: AuthUser,
    registrantId: string,
    expectedVersion: number,
    manager: EntityManager,
  ): Promise<RegistrantEntity> {
    const current = await this.records.lockedRegistrant(registrantId, manager);
    assertOfficeScope(user, current, 'この登録者', await this.records.officeName(current.officeId, manager));
    if (current.version !== expectedVersion) throw TalentBankException.staleVersion(current.version);
    if (current.status !== RegistrantStatus.ACTIVE)
      throw TalentBankException.closed(REGISTRANT_STATUS_LABELS[current.status], current.version);
    return current;
  }

  /** A day from the registration to today. */
  private day(field: string, value: string, label: string, registeredOn: string): string {
    const errors = new FieldCollector('input');
    const day = calendarDay(errors, field, value, label, true);
    const today = this.clock.today();
    if (day && day > today) errors.add(field, `${label}が未来の日付です。`);
    if (day && day < registeredOn) errors.add(field, `${label}が登録日より前です。`);
    if (errors.errors.length > 0 || !day) throw TalentBankException.invalidInput(errors.errors);
    return day;
  }
}
