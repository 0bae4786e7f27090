import type { AuthUser } from '@kakehashi/authz';
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, Repository } from 'typeorm';
import { assertOfficeScope, officeScopeOf } from '../access/registrant-access.policy';
import type { CreateSupportRequestInput, SupportRequestFilter } from './dtos/support-request.inputs';
import { SupportRequestEntity } from './support-request.entity';
import {
  checked,
  calendarDay,
  emailAddress,
  FieldCollector,
  integerBetween,
  optionalText,
  phoneNumber,
  requiredText,
} from '../registrants/rules/registrant-fields';
import { TalentBankClock } from '../talent-bank-clock';
import { TalentBankException } from '../talent-bank.exception';
import { TalentBankRecords } from '../shared/talent-bank-records';

/** Companies' requests to support their retiring employees: recorded and read by the office working them. */
@Injectable()
export class SupportRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SupportRequestEntity) private readonly requests: Repository<SupportRequestEntity>,
    private readonly clock: TalentBankClock,
    private readonly records: TalentBankRecords,
  ) {}

  async create(user: AuthUser, input: CreateSupportRequestInput): Promise<SupportRequestEntity> {
    const scope = officeScopeOf(user);
    const today = this.clock.today();
    const errors = new FieldCollector('input');
    const company = isUUID(input.companyId) ? await this.records.company(input.companyId) : undefined;
    if (!company) errors.add('companyId', '指定された企業が見つかりません。');
    let officeId: string;
    if (scope !== null) {
      if (input.officeId && input.officeId !== scope)
        throw TalentBankException.outsideOffice(
          'この事務所の支援依頼',
          await this.records.officeName(input.officeId),
          input.officeId,
        );
      officeId = scope;
    } else {
      officeId = input.officeId ?? company?.owningOfficeId ?? '';
      if (!(await this.records.officeExists(officeId)))
        errors.add('officeId', '担当事務所を指定してください。');
    }
    const receivedOn = calendarDay(errors, 'receivedOn', input.receivedOn, '受付日', true);
    if (receivedOn && receivedOn > today) errors.add('receivedOn', '受付日が未来の日付です。');
    const contactName = requiredText(errors, 'contactName', input.contactName, '担当者名', 100);
    const contactDepartment = optionalText(errors, 'contactDepartment', input.contactDepartment, '部署', 100);
    const contactPhone = phoneNumber(new FieldCollectorAlias(errors, 'contactPhone'), input.contactPhone);
    const contactEmail = emailAddress(new FieldCollectorAlias(errors, 'contactEmail'), input.contactEmail);
    const peopleCount = integerBetween(errors, 'peopleCount', input.peopleCount, '人数', 1, 10000);
    if (input.peopleCount === null || input.peopleCount === undefined)
      errors.add('peopleCount', '人数を入力してください。');
    const dates = new Set<string>();
    (input.expectedLeavingDates ?? []).forEach((value, i) => {
      const day = calendarDay(errors, `expectedLeavingDates.${i}`, value, '退職予定日', true);
      if (day) dates.add(day);
    });
    const notes = optionalText(errors, 'notes', input.notes, '備考', 2000);
    if (errors.errors.length > 0) throw TalentBankException.invalidInput(errors.errors);
    const inserted = await this.requests.insert({
      companyId: input.companyId,
      officeId,
      receivedOn: checked(receivedOn),
      contactName,
      contactDepartment,
      contactPhone,
      contactEmail,
      peopleCount: checked(peopleCount),
      expectedLeavingDates: [...dates].sort(),
      notes,
      createdByUserId: user.id,
    });
    return this.one(user, inserted.identifiers[0]['id'] as string);
  }

  async one(user: AuthUser, id: string): Promise<SupportRequestEntity> {
    officeScopeOf(user);
    const found = isUUID(id) ? await this.requests.findOneBy({ id }) : null;
    if (!found) throw TalentBankException.notFound('支援依頼', id);
    assertOfficeScope(user, found, 'この支援依頼', await this.records.officeName(found.officeId));
    return found;
  }

  /** Newest first. */
  async list(
    user: AuthUser,
    filter: SupportRequestFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<SupportRequestEntity>> {
    const scope = officeScopeOf(user);
    const qb = this.requests.createQueryBuilder('s');
    const officeId = filter.officeId ?? scope;
    if (officeId) {
      if (!isUUID(officeId))
        throw new BadUserInputError([
          { field: 'filter.officeId', message: '事務所の指定が正しくありません。' },
        ]);
      if (scope !== null && officeId !== scope)
        throw TalentBankException.outsideOffice(
          'この事務所の支援依頼',
          await this.records.officeName(officeId),
          officeId,
        );
      qb.andWhere('s.office_id = :officeId', { officeId });
    }
    if (filter.companyId) {
      if (!isUUID(filter.companyId))
        throw new BadUserInputError([
          { field: 'filter.companyId', message: '企業の指定が正しくありません。' },
        ]);
      qb.andWhere('s.company_id = :companyId', { companyId: filter.companyId });
    }
    const totalCount = await qb.getCount();
    if (page.after) {
      const [receivedOn, id] = decodeCursor(page.after, 2);
      if (typeof receivedOn !== 'string' || typeof id !== 'string' || !isUUID(id))
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      qb.andWhere('(s.received_on, s.id) < (CAST(:receivedOn AS date), CAST(:id AS uuid))', {
        receivedOn,
        id,
      });
    }
    const rows = await qb
      .orderBy('s.received_on', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.receivedOn, row.id]);
  }
}

/** Reports the shared phone and email checks on the support request's own field names. */
class FieldCollectorAlias extends FieldCollector {
  constructor(
    private readonly target: FieldCollector,
    private readonly field: string,
  ) {
    super('input');
  }

  override add(_field: string, message: string): void {
    this.target.add(this.field, message);
  }
}
