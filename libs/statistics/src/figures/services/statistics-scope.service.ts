import { Role, type AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { StatisticsException } from '../../statistics.exception';
import { allOffices, officeById, regionalOffices, type OfficeRow } from '../figures.queries';
import { ANY_SCOPE_READERS } from '../../statistics-roles';
import { StatisticsScopeKind, type StatisticsScopeView } from '../../statistics.types';

export interface StatisticsScope {
  view: StatisticsScopeView;
  /** The offices counted; null: the whole country (every office, headquarters included). */
  officeIds: string[] | null;
}

const NATIONAL_VIEW: StatisticsScopeView = {
  kind: StatisticsScopeKind.NATIONAL,
  officeId: null,
  officeCode: null,
  officeName: null,
  region: null,
  label: '全国',
};

function officeView(office: OfficeRow): StatisticsScopeView {
  return {
    kind: StatisticsScopeKind.OFFICE,
    officeId: office.id,
    officeCode: office.code,
    officeName: office.name_ja,
    region: office.region_ja,
    label: office.name_ja,
  };
}

function regionView(region: string): StatisticsScopeView {
  return {
    kind: StatisticsScopeKind.REGION,
    officeId: null,
    officeCode: null,
    officeName: null,
    region,
    label: `${region}地方`,
  };
}

/**
 * Which offices a request counts, and whether the caller may see them: executives, headquarters and administrators
 * any office, region (offices.region_ja) or the whole country; a consultant their own office only (the default when
 * none is named) — another office, a region or the country is FORBIDDEN.
 */
@Injectable()
export class StatisticsScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(
    user: AuthUser,
    args: { officeId?: string | null; region?: string | null },
  ): Promise<StatisticsScope> {
    const officeId = args.officeId ?? null;
    const region = args.region?.trim() || null;
    if (officeId && region) {
      throw StatisticsException.invalidInput([
        { field: 'region', message: '事務所と地域は同時に指定できません。どちらか一方を指定してください。' },
      ]);
    }
    if (!ANY_SCOPE_READERS.includes(user.role)) {
      if (user.role !== Role.CONSULTANT) throw StatisticsException.outsideOfficeScope();
      if (!user.officeId) throw StatisticsException.noOffice();
      if (region || (officeId && officeId !== user.officeId)) throw StatisticsException.outsideOfficeScope();
      return this.officeScope(user.officeId, 'officeId');
    }
    if (officeId) return this.officeScope(officeId, 'officeId');
    if (region) return this.regionScope(region);
    return { view: NATIONAL_VIEW, officeIds: null };
  }

  /**
   * The scopes a user may choose, in the order a list shows them: the country, each region, each office for those
   * who read any scope; a consultant their own office only.
   */
  async choosable(user: AuthUser): Promise<StatisticsScopeView[]> {
    if (!ANY_SCOPE_READERS.includes(user.role)) {
      if (user.role !== Role.CONSULTANT || !user.officeId) return [];
      return [(await this.officeScope(user.officeId, 'officeId')).view];
    }
    const offices = await allOffices(this.dataSource);
    const regions = [...new Set(offices.flatMap((o) => (o.region_ja ? [o.region_ja] : [])))];
    return [
      NATIONAL_VIEW,
      ...regions.map((region) => regionView(region)),
      ...offices.map((office) => officeView(office)),
    ];
  }

  private async officeScope(officeId: string, field: string): Promise<StatisticsScope> {
    const rows = isUUID(officeId) ? await officeById(this.dataSource, officeId) : [];
    const office = rows[0];
    if (!office)
      throw StatisticsException.invalidInput([{ field, message: '指定された事務所が見つかりません。' }]);
    return { view: officeView(office), officeIds: [office.id] };
  }

  private async regionScope(region: string): Promise<StatisticsScope> {
    const offices = await regionalOffices(this.dataSource);
    const inRegion = offices.filter((o) => o.region_ja === region);
    if (!inRegion.length) {
      const regions = [...new Set(offices.map((o) => o.region_ja as string))];
      throw StatisticsException.invalidInput([
        { field: 'region', message: `地域は次のいずれかを指定してください: ${regions.join('、')}。` },
      ]);
    }
    return { view: regionView(region), officeIds: inRegion.map((o) => o.id) };
  }
}
