import type { AuthUser } from '@kakehashi/authz';
import { BadUserInputError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertOfficeScope, officeScopeOf } from '../access/registrant-access.policy';
import { RegistrantEntity } from '../registrants/registrant.entity';
import { SeniorOpeningEntity } from '../senior-openings/senior-opening.entity';
import {
  matchableOpeningOffers,
  openingOffer,
  type OpeningOfferRow,
} from '../senior-openings/senior-opening.queries';
import { TalentBankRecords } from '../shared/talent-bank-records';
import { REGISTRANT_STATUS_LABELS, RegistrantStatus } from '../talent-bank-enums';
import { TalentBankException } from '../talent-bank.exception';
import {
  regionAllowed,
  scoreOpening,
  type MatchReference,
  type OpeningProfile,
  type RegistrantProfile,
  type TalentMatchExplanation,
} from './talent-factors';

export const MAX_MATCHES = 50;

export interface RankedOpening {
  opening: SeniorOpeningEntity;
  explanation: TalentMatchExplanation;
}

export interface RankedRegistrant {
  registrant: RegistrantEntity;
  explanation: TalentMatchExplanation;
}

export function registrantProfile(r: RegistrantEntity): RegistrantProfile {
  return {
    id: r.id,
    prefectureCode: r.prefectureCode,
    desiredOccupationCodes: r.desiredOccupationCodes,
    workingStyle: r.workingStyle,
    daysPerWeek: r.desiredDaysPerWeek,
    hoursPerDay: r.desiredHoursPerDay,
    monthlyWage: r.desiredMonthlyWage,
    acceptablePrefectureCodes: r.acceptablePrefectureCodes,
    earliestStartOn: r.earliestStartOn,
    maxPhysicalDemand: r.maxPhysicalDemand,
    skillKeys: r.skillKeys,
  };
}

function openingProfile(s: SeniorOpeningEntity, row: OpeningOfferRow): OpeningProfile {
  return {
    receivingOfferId: s.receivingOfferId,
    occupationCode: row.occupationCode,
    workplacePrefectureCode: row.workplacePrefectureCode,
    workingStyle: s.workingStyle,
    daysPerWeek: s.daysPerWeek,
    hoursPerDay: s.hoursPerDay,
    physicalDemand: s.physicalDemand,
    wageMin: s.wageMin,
    wageMax: s.wageMax,
    offerMonthlyWage: row.offerMonthlyWage,
    requiredSkills: row.requiredSkills ?? [],
    preferredSkills: row.preferredSkills ?? [],
    startBy: row.startBy,
  };
}

/**
 * Ranks senior openings for a registrant and registrants for an opening, each with its explanation. Only what may be
 * matched takes part: open openings with places left that accept a hiring, and active registrations; a consultant
 * ranks only their own office's registrants (the only ones whose data they may see).
 */
@Injectable()
export class TalentMatchingService {
  private reference: Promise<MatchReference> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: TalentBankRecords,
  ) {}

  async openingsFor(
    user: AuthUser,
    registrantId: string,
    first: number,
  ): Promise<{ registrant: RegistrantEntity; scored: number; items: RankedOpening[] }> {
    this.checkFirst(first);
    officeScopeOf(user);
    const registrant = await this.records.registrant(registrantId);
    assertOfficeScope(user, registrant, 'この登録者', await this.records.officeName(registrant.officeId));
    if (registrant.status !== RegistrantStatus.ACTIVE)
      throw TalentBankException.closed(REGISTRANT_STATUS_LABELS[registrant.status], registrant.version);
    const rows = await matchableOpeningOffers(this.dataSource, registrant.acceptablePrefectureCodes);
    const openings = rows.length
      ? await this.dataSource
          .getRepository(SeniorOpeningEntity)
          .createQueryBuilder('s')
          .where('s.receiving_offer_id IN (:...ids)', { ids: rows.map((r) => r.receivingOfferId) })
          .getMany()
      : [];
    const byId = new Map(openings.map((o) => [o.receivingOfferId, o]));
    const ref = await this.referenceData();
    const profile = registrantProfile(registrant);
    const scored = rows
      .flatMap((row) => {
        const opening = byId.get(row.receivingOfferId);
        return opening ? [{ opening, row }] : [];
      })
      .map(({ opening, row }) => ({
        opening,
        row,
        explanation: scoreOpening(profile, openingProfile(opening, row), ref),
      }))
      .sort(
        (a, b) =>
          b.explanation.score - a.explanation.score ||
          (a.row.receivedOn < b.row.receivedOn ? 1 : a.row.receivedOn > b.row.receivedOn ? -1 : 0) ||
          (a.row.receivingOfferId < b.row.receivingOfferId ? -1 : 1),
      );
    return {
      registrant,
      scored: scored.length,
      items: scored.slice(0, first).map(({ opening, explanation }) => ({ opening, explanation })),
    };
  }

  async registrantsFor(
    user: AuthUser,
    receivingOfferId: string,
    first: number,
  ): Promise<{ scored: number; items: RankedRegistrant[] }> {
    this.checkFirst(first);
    const scope = officeScopeOf(user);
    const opening = isUUID(receivingOfferId)
      ? await this.dataSource.getRepository(SeniorOpeningEntity).findOneBy({ receivingOfferId })
      : null;
    if (!opening) throw TalentBankException.notFound('シニア求人', receivingOfferId);
    const row = await openingOffer(this.dataSource, receivingOfferId);
    const qb = this.dataSource
      .getRepository(RegistrantEntity)
      .createQueryBuilder('r')
      .where(`r.status = 'ACTIVE'`)
      .andWhere(
        '(cardinality(r.acceptable_prefecture_codes) = 0 OR :pref = ANY(r.acceptable_prefecture_codes))',
        {
          pref: row.workplacePrefectureCode,
        },
      );
    if (scope !== null) qb.andWhere('r.office_id = :officeId', { officeId: scope });
    const registrants = await qb.getMany();
    const ref = await this.referenceData();
    const openingSide = openingProfile(opening, row);
    const scored = registrants
      .map((registrant) => ({ registrant, profile: registrantProfile(registrant) }))
      .filter(({ profile }) => regionAllowed(profile, openingSide))
      .map(({ registrant, profile }) => ({
        registrant,
        explanation: scoreOpening(profile, openingSide, ref),
      }))
      .sort(
        (a, b) =>
          b.explanation.score - a.explanation.score ||
          (a.registrant.registeredOn < b.registrant.registeredOn
            ? -1
            : a.registrant.registeredOn > b.registrant.registeredOn
              ? 1
              : 0) ||
          (a.registrant.id < b.registrant.id ? -1 : 1),
      );
    return { scored: scored.length, items: scored.slice(0, first) };
  }

  private checkFirst(first: number): void {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MATCHES)
      throw new BadUserInputError([
        { field: 'first', message: `件数は1〜${MAX_MATCHES}で指定してください。` },
      ]);
  }

  /** Prefecture and occupation names: reference data, read once per process. */
  private referenceData(): Promise<MatchReference> {
    this.reference ??= (async () => {
      const prefectures = await this.records.prefectures();
      const occupations = await this.records.occupations();
      return {
        prefectureNames: new Map(prefectures.map((p) => [p.code, p.name])),
        prefectureRegions: new Map(prefectures.map((p) => [p.code, p.region])),
        occupationNames: new Map(occupations.map((o) => [o.code, o.name])),
      };
    })().catch((error: unknown) => {
      this.reference = null;
      throw error;
    });
    return this.reference;
  }
}
