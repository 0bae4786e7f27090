import type { AuthUser } from '@kakehashi/authz';
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { OfferStatus } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { assertOfficeScope } from '../access/registrant-access.policy';
import type { SeniorOpeningFilter, SeniorOpeningInput } from './dtos/senior-opening.inputs';
import { SeniorOpeningEntity } from './senior-opening.entity';
import { lockedOfferStatus, offerFacts, seniorOpeningPage, type OfferFacts } from './senior-opening.queries';
import {
  FieldCollector,
  hoursPerDay,
  integerBetween,
  monthlyWage,
  optionalText,
} from '../registrants/rules/registrant-fields';
import { OCCUPATION_CODES, PhysicalDemand, PREFECTURE_CODES, WorkingStyle } from '../talent-bank-enums';
import { TalentBankException } from '../talent-bank.exception';
import { TalentBankRecords } from '../shared/talent-bank-records';

/**
 * Senior openings: receiving offers marked open to people aged 60 and over. Staff who may edit the offer (a consultant
 * of its office, headquarters, administrators) mark and unmark it; every broker reads them.
 */
@Injectable()
export class SeniorOpeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SeniorOpeningEntity) private readonly openings: Repository<SeniorOpeningEntity>,
    private readonly records: TalentBankRecords,
  ) {}

  async save(user: AuthUser, input: SeniorOpeningInput): Promise<SeniorOpeningEntity> {
    const offer = await this.offer(input.receivingOfferId);
    assertOfficeScope(
      user,
      { officeId: offer.owningOfficeId },
      'この受入情報',
      await this.records.officeName(offer.owningOfficeId),
    );
    if (!offer.acceptsTransfer) throw TalentBankException.notOpenToHiring();
    const values = openingValues(user, input);
    try {
      await this.dataSource.transaction(async (tx) => {
        // The offer row stays locked until the opening is written: an offer closed meanwhile (its last place filled,
        // or ended by its consultant) waits for this write or is seen closed here, never marked after it closed.
        if ((await lockedOfferStatus(tx, input.receivingOfferId)) === OfferStatus.CLOSED)
          throw TalentBankException.offerClosed();
        await this.write(tx, input, values);
      });
    } catch (error) {
      // Marked by someone else a moment ago: as for a stale edit, reload and decide again.
      if ((error as { driverError?: { code?: string } }).driverError?.code !== '23505') throw error;
      throw TalentBankException.staleVersion((await this.one(input.receivingOfferId)).version);
    }
    return this.one(input.receivingOfferId);
  }

  /** Marks the offer (no expectedVersion) or edits its opening at the version the caller read. */
  private async write(tx: EntityManager, input: SeniorOpeningInput, values: OpeningValues): Promise<void> {
    const existing = await tx.findOneBy(SeniorOpeningEntity, { receivingOfferId: input.receivingOfferId });
    if (input.expectedVersion === null || input.expectedVersion === undefined) {
      if (existing) throw TalentBankException.staleVersion(existing.version);
      await tx.insert(SeniorOpeningEntity, { receivingOfferId: input.receivingOfferId, ...values });
      return;
    }
    if (!existing) throw TalentBankException.notFound('シニア求人', input.receivingOfferId);
    const result = await tx
      .createQueryBuilder()
      .update(SeniorOpeningEntity)
      .set(values)
      .where('receiving_offer_id = :id AND version = :version', {
        id: input.receivingOfferId,
        version: input.expectedVersion,
      })
      .execute();
    if (!result.affected) throw TalentBankException.staleVersion(existing.version);
  }

  /** Unmarks the offer (the receiving offer itself stays). True when it was marked. */
  async remove(user: AuthUser, receivingOfferId: string, expectedVersion: number): Promise<boolean> {
    const offer = await this.offer(receivingOfferId);
    assertOfficeScope(
      user,
      { officeId: offer.owningOfficeId },
      'この受入情報',
      await this.records.officeName(offer.owningOfficeId),
    );
    const existing = await this.openings.findOneBy({ receivingOfferId });
    if (!existing) throw TalentBankException.notFound('シニア求人', receivingOfferId);
    const result = await this.openings.delete({ receivingOfferId, version: expectedVersion });
    if (!result.affected) throw TalentBankException.staleVersion(existing.version);
    return true;
  }

  async one(receivingOfferId: string): Promise<SeniorOpeningEntity> {
    const found = isUUID(receivingOfferId) ? await this.openings.findOneBy({ receivingOfferId }) : null;
    if (!found) throw TalentBankException.notFound('シニア求人', receivingOfferId);
    return found;
  }

  /** Newest receiving offer first. */
  async list(
    filter: SeniorOpeningFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<SeniorOpeningEntity>> {
    if (filter.prefectureCode && !PREFECTURE_CODES.includes(filter.prefectureCode))
      throw new BadUserInputError([
        { field: 'filter.prefectureCode', message: '都道府県コードが正しくありません（01〜47）。' },
      ]);
    if (filter.occupationCode && !OCCUPATION_CODES.includes(filter.occupationCode))
      throw new BadUserInputError([
        { field: 'filter.occupationCode', message: '職業分類コードが正しくありません（A〜L）。' },
      ]);
    let after: { receivedOn: string; id: string } | null = null;
    if (page.after) {
      const [receivedOn, id] = decodeCursor(page.after, 2);
      if (typeof receivedOn !== 'string' || typeof id !== 'string' || !isUUID(id))
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      after = { receivedOn, id };
    }
    const { count, keys } = await seniorOpeningPage(this.dataSource, {
      openOnly: filter.openOnly ?? true,
      prefectureCode: filter.prefectureCode ?? null,
      occupationCode: filter.occupationCode ?? null,
      first: page.first,
      after,
    });
    const found = keys.length
      ? await this.openings.findBy({ receivingOfferId: In(keys.map((k) => k.id)) })
      : [];
    const byId = new Map(found.map((o) => [o.receivingOfferId, o]));
    const receivedOn = new Map(keys.map((k) => [k.id, k.receivedOn]));
    const rows = keys.map((k) => byId.get(k.id)).filter((o): o is SeniorOpeningEntity => o !== undefined);
    return toConnection(rows, page.first, count, (row) => [
      receivedOn.get(row.receivingOfferId) ?? '',
      row.receivingOfferId,
    ]);
  }

  private async offer(id: string): Promise<OfferFacts> {
    const facts = isUUID(id) ? await offerFacts(this.dataSource, id) : undefined;
    if (!facts) throw TalentBankException.notFound('受入情報', id);
    return facts;
  }
}

type OpeningValues = Omit<SeniorOpeningEntity, 'receivingOfferId' | 'version' | 'createdAt' | 'updatedAt'>;

/** The opening's conditions, checked all at once (field errors in Japanese). */
function openingValues(user: AuthUser, input: SeniorOpeningInput): OpeningValues {
  const errors = new FieldCollector('input');
  if (!Object.values(WorkingStyle).includes(input.workingStyle))
    errors.add('workingStyle', '勤務形態を選択してください。');
  if (!Object.values(PhysicalDemand).includes(input.physicalDemand))
    errors.add('physicalDemand', '身体的負担の程度を選択してください。');
  const values = {
    workingStyle: input.workingStyle,
    daysPerWeek: integerBetween(errors, 'daysPerWeek', input.daysPerWeek, '週の勤務日数', 1, 7),
    hoursPerDay: hoursPerDay(errors, 'hoursPerDay', input.hoursPerDay),
    physicalDemand: input.physicalDemand,
    wageMin: monthlyWage(errors, 'wageMin', input.wageMin, '月額賃金の下限'),
    wageMax: monthlyWage(errors, 'wageMax', input.wageMax, '月額賃金の上限'),
    notes: optionalText(errors, 'notes', input.notes, '備考', 2000),
    updatedByUserId: user.id,
  };
  if (values.wageMin !== null && values.wageMax !== null && values.wageMin > values.wageMax)
    errors.add('wageMax', '月額賃金の上限が下限より低くなっています。');
  if (errors.errors.length > 0) throw TalentBankException.invalidInput(errors.errors);
  return values;
}
