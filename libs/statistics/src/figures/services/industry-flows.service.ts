import type { AuthUser } from '@kakehashi/authz';
import { MoveType } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NATIONAL_ONLY_NOTE } from '../figures';
import {
  industryNames,
  publishedCrossIndustryShares,
  publishedIndustries,
  publishedIndustryPeriods,
} from '../figures.queries';
import { liveFlowsNote, summariseFlows } from '../industry-ranking';
import { addMonthsTo, firstDayOf, monthLabel, periodLabel } from '../../periods/year-month';
import { StatisticsSettings } from '../../statistics-settings';
import {
  StatisticsGap,
  StatisticsSource,
  type IndustryFlows,
  type IndustryPeople,
  type StatisticsFilterArgs,
  type StatisticsReadOptions,
} from '../../statistics.types';
import { moveTypeError, periodOf, throwIfProblems } from './statistics-input.rules';
import { StatisticsScopeService, type StatisticsScope } from './statistics-scope.service';
import { LiveFiguresReader, PublishedFiguresReader } from './statistics-readers';

export interface IndustryFlowsArgs extends StatisticsFilterArgs {
  /** A month (2022-04) or a fiscal year (FY2022 / 2022年度: its April). */
  from: string;
  /** A month (2023-01) or a fiscal year (its March). */
  to: string;
}

/**
 * industryFlows: where the people established came from and went to, by JSIC major group (the sending and receiving
 * companies' groups as recorded on the establishment), the top industries of each side and the cross-industry share
 * (people whose sending company's major group differs from the receiving company's, over all people established).
 * A period lies either before the cut-over (the published highlights, national, secondment only) or from it on.
 */
@Injectable()
export class IndustryFlowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: StatisticsSettings,
    private readonly scopes: StatisticsScopeService,
    private readonly published: PublishedFiguresReader,
    private readonly live: LiveFiguresReader,
  ) {}

  async flows(
    user: AuthUser,
    args: IndustryFlowsArgs,
    options: StatisticsReadOptions = {},
  ): Promise<IndustryFlows> {
    throwIfProblems([moveTypeError('moveType', args.moveType)]);
    const period = periodOf(args.from, args.to);
    const liveFrom = this.settings.liveFrom;
    if (period.from < liveFrom && period.to >= liveFrom) {
      throwIfProblems([
        {
          field: 'to',
          message: `期間が公表値(${monthLabel(addMonthsTo(liveFrom, -1))}まで)と集計値(${monthLabel(liveFrom)}から)にまたがっています。どちらか一方に収まる期間を指定してください。`,
        },
      ]);
    }
    const scope = await this.scopes.resolve(user, args);
    const moveType = args.moveType ?? null;
    const names = await this.industryNames();
    return period.to < liveFrom
      ? this.publishedFlows(period, scope, moveType, names)
      : this.liveFlows(period, scope, moveType, names, options);
  }

  private async liveFlows(
    period: { from: string; to: string; months: string[] },
    scope: StatisticsScope,
    moveType: MoveType | null,
    names: Map<string, string>,
    options: StatisticsReadOptions,
  ): Promise<IndustryFlows> {
    const currentMonth = this.settings.currentMonth();
    const [flows, closed] = await Promise.all([
      this.live.flows(period.from, period.to, moveType, scope.officeIds, options),
      this.published.closedMonths(period.from, period.to),
    ]);
    const summary = summariseFlows(flows, names);
    const future = period.months.filter((m) => m > currentMonth);
    const futureLabel = future.length ? periodLabel(future[0], future[future.length - 1]) : null;
    return {
      from: period.from,
      to: period.to,
      label: periodLabel(period.from, period.to),
      scope: scope.view,
      moveType,
      source: StatisticsSource.LIVE,
      preliminary: period.months.some((m) => !closed.has(m)),
      ...summary,
      unavailableReason: null,
      note: liveFlowsNote(summary, futureLabel),
    };
  }

  private async publishedFlows(
    period: { from: string; to: string; months: string[] },
    scope: StatisticsScope,
    moveType: MoveType | null,
    names: Map<string, string>,
  ): Promise<IndustryFlows> {
    const months = await this.published.months(period.from, period.to);
    const monthly = period.months.map((m) => months.get(m));
    const base = {
      from: period.from,
      to: period.to,
      label: periodLabel(period.from, period.to),
      scope: scope.view,
      moveType,
      source: StatisticsSource.PUBLISHED,
      preliminary: monthly.some((m) => m?.preliminary === true),
      totalPeople: null,
      crossIndustryPeople: null,
      crossIndustryShare: null,
      matrix: [],
      topSendingIndustries: [] as IndustryPeople[],
      topReceivingIndustries: [] as IndustryPeople[],
    };
    if (scope.officeIds !== null) {
      return { ...base, unavailableReason: StatisticsGap.NATIONAL_ONLY, note: NATIONAL_ONLY_NOTE };
    }
    if (moveType !== MoveType.SECONDMENT) {
      return {
        ...base,
        unavailableReason: StatisticsGap.NOT_PUBLISHED,
        note: '公表されている業種別の数値は在籍型出向のみです。形態に在籍型出向(SECONDMENT)を指定してください。',
      };
    }
    const params: [string, string] = [firstDayOf(period.from), firstDayOf(period.to)];
    const [industries, shares] = await Promise.all([
      publishedIndustries(this.dataSource, params),
      publishedCrossIndustryShares(this.dataSource, params),
    ]);
    if (!industries.length && !shares.length) {
      const periods = await publishedIndustryPeriods(this.dataSource);
      return {
        ...base,
        unavailableReason: StatisticsGap.NOT_PUBLISHED,
        note: `この期間の業種別の数値は公表されていません(公表されている期間: ${periods
          .map((p) => periodLabel(p.from, p.to))
          .join('、')})。`,
      };
    }
    const side = (which: 'SENDING' | 'RECEIVING'): IndustryPeople[] =>
      industries
        .filter((row) => row.side === which)
        .map((row) => ({
          rank: row.rank,
          jsicCode: row.jsic_code,
          industryJa: names.get(row.jsic_code) ?? row.jsic_code,
          people: row.people,
        }));
    const complete = monthly.every((m) => m !== undefined);
    return {
      ...base,
      totalPeople: complete ? monthly.reduce((sum, m) => sum + (m?.secondmentEstablished ?? 0), 0) : null,
      crossIndustryShare: shares.length ? Number(shares[0].share_percent) : null,
      topSendingIndustries: side('SENDING'),
      topReceivingIndustries: side('RECEIVING'),
      unavailableReason: null,
      note: `公表値です。${industries.length ? '業種別は上位3業種のみが公表され、' : '業種別の内訳は公表されておらず、'}送出×受入の業種の組み合わせは公表されていません。`,
    };
  }

  private async industryNames(): Promise<Map<string, string>> {
    const rows = await industryNames(this.dataSource);
    return new Map(rows.map((row) => [row.code, row.name_ja]));
  }
}
