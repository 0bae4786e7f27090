import { OfferPlacementService } from '@kakehashi/offers';
import { addMonths } from '@kakehashi/calendar';
import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AnonymisationScheduler } from '../../anonymisation/anonymisation.scheduler';
import type { RecordReemploymentInput } from '../dtos/registrant.inputs';
import { RegistrantEntity } from '../registrant.entity';
import { ReemploymentEntity } from '../reemployment.entity';
import { calendarDay, checked, FieldCollector, requiredText } from '../rules/registrant-fields';
import { TalentBankClock } from '../../talent-bank-clock';
import { EmploymentType, OCCUPATION_CODES, RegistrantStatus, WageBand } from '../../talent-bank-enums';
import { TalentBankException } from '../../talent-bank.exception';
import { RegistrantLifecycleService } from './registrant-lifecycle.service';
import { TalentBankRecords } from '../../shared/talent-bank-records';
import { openingCompanyId } from '../../senior-openings/senior-opening.queries';

/**
 * Records where a registrant was re-employed (one outcome per registrant, append-only) and closes the registration,
 * in one transaction. When it came through a senior opening, the opening gives up one place (closing at none left).
 */
@Injectable()
export class RecordReemploymentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: TalentBankClock,
    private readonly records: TalentBankRecords,
    private readonly lifecycle: RegistrantLifecycleService,
    private readonly scheduler: AnonymisationScheduler,
    // The receiving offer is the offers module's: it takes the place, as it does for a case's establishment.
    private readonly placements: OfferPlacementService,
  ) {}

  async record(user: AuthUser, input: RecordReemploymentInput): Promise<RegistrantEntity> {
    const today = this.clock.today();
    let closedOn = '';
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lifecycle.activeForWrite(
        user,
        input.registrantId,
        input.expectedVersion,
        manager,
      );
      const errors = new FieldCollector('input');
      const reemployedOn = calendarDay(errors, 'reemployedOn', input.reemployedOn, '再就職日', true);
      if (reemployedOn && reemployedOn < current.registeredOn)
        errors.add('reemployedOn', '再就職日が登録日より前です。');
      // A hiring agreed for a coming day may be recorded up to a year ahead; the registration closes now.
      if (reemployedOn && reemployedOn > addMonths(today, 12))
        errors.add('reemployedOn', '再就職日は1年以内の日付を入力してください。');
      const jobTitle = requiredText(errors, 'jobTitle', input.jobTitle, '職種名', 200);
      const occupationCode = (input.occupationCode ?? '').trim().toUpperCase();
      if (!OCCUPATION_CODES.includes(occupationCode))
        errors.add('occupationCode', '職業分類（大分類 A〜L）を選択してください。');
      if (!Object.values(EmploymentType).includes(input.employmentType))
        errors.add('employmentType', '雇用形態を選択してください。');
      if (!Object.values(WageBand).includes(input.wageBand))
        errors.add('wageBand', '賃金の区分を選択してください。');
      const employer = isUUID(input.employerCompanyId)
        ? await this.records.companyExists(input.employerCompanyId, manager)
        : false;
      if (!employer)
        errors.add(
          'employerCompanyId',
          '再就職先の企業が見つかりません。企業を登録してから指定してください。',
        );
      if (input.receivingOfferId) {
        const openingCompany = isUUID(input.receivingOfferId)
          ? await openingCompanyId(manager, input.receivingOfferId)
          : undefined;
        if (openingCompany === undefined)
          errors.add('receivingOfferId', '指定されたシニア求人が見つかりません。');
        else if (openingCompany !== input.employerCompanyId)
          errors.add('receivingOfferId', 'シニア求人の企業と再就職先の企業が異なります。');
      }
      if (errors.errors.length > 0) throw TalentBankException.invalidInput(errors.errors);

      closedOn = checked(reemployedOn) < today ? checked(reemployedOn) : today;
      await manager.insert(ReemploymentEntity, {
        registrantId: current.id,
        reemployedOn: checked(reemployedOn),
        employerCompanyId: input.employerCompanyId,
        receivingOfferId: input.receivingOfferId ?? null,
        jobTitle,
        occupationCode,
        employmentType: input.employmentType,
        wageBand: input.wageBand,
        officeId: current.officeId,
        recordedByUserId: user.id,
      });
      await manager.update(
        RegistrantEntity,
        { id: current.id },
        { status: RegistrantStatus.RE_EMPLOYED, closedOn, updatedByUserId: user.id },
      );
      if (input.receivingOfferId) {
        await this.placements.fillReceivingPlace(manager, input.receivingOfferId);
      }
    });
    await this.scheduler.schedule(input.registrantId, closedOn);
    return this.records.registrant(input.registrantId);
  }
}
