// How a month's and a fiscal year's figures are put together from the published history and the live rollups, with
// the cut-over: months before `liveFrom` are the published figures, months from it on the platform's own records, so
// no month is counted twice or lost. Pure functions: the services load the inputs, tests drive these directly.
import { MoveType } from '@kakehashi/offers';
import {
  fiscalYearEraLabel,
  fiscalYearLabel,
  fiscalYearOf,
  firstMonthOfFiscalYear,
  lastMonthOfFiscalYear,
  monthEraLabel,
  monthLabel,
  monthNumberOf,
  monthsOfFiscalYear,
  runsLabel,
} from '../periods/year-month';
import {
  StatisticsGap,
  StatisticsMonthState,
  StatisticsSource,
  type AnnualStatisticsRow,
  type MonthFigures,
} from '../statistics.types';

/** People in offers received, by what the offers are open to: one move only, or both (EITHER). */
export interface ScopeCounts {
  SECONDMENT: number;
  TRANSFER: number;
  EITHER: number;
}

export interface LiveMonth {
  receiving: ScopeCounts;
  sending: ScopeCounts;
  establishedSecondment: number;
  establishedTransfer: number;
}

export interface PublishedYear {
  fiscalYear: number;
  monthsCovered: number;
  secondmentEstablished: number;
  transferEstablished: number;
  totalEstablished: number;
  receivingInfo: number;
  sendingInfo: number;
  preliminary: boolean;
}

export interface PublishedMonth {
  secondmentEstablished: number;
  secondmentReceivingInfo: number | null;
  secondmentSendingInfo: number | null;
  preliminary: boolean;
}

export interface FiguresContext {
  /** The cut-over month: earlier months are published history. */
  liveFrom: string;
  /** This month in Japan: later months have not begun. */
  currentMonth: string;
  /** Published history is national only: an office or region scope has no figures before the cut-over. */
  national: boolean;
  moveType: MoveType | null;
  publishedYears: Map<number, PublishedYear>;
  publishedMonths: Map<string, PublishedMonth>;
  live: Map<string, LiveMonth>;
  closedMonths: Set<string>;
}

export const NO_LIVE_FIGURES: LiveMonth = {
  receiving: { SECONDMENT: 0, TRANSFER: 0, EITHER: 0 },
  sending: { SECONDMENT: 0, TRANSFER: 0, EITHER: 0 },
  establishedSecondment: 0,
  establishedTransfer: 0,
};

/**
 * People in offers open to `moveType`: an offer open to both moves (EITHER) counts under either filter, and once in
 * the total (no filter). So the secondment and transfer figures may add up to more than the total.
 */
export function offerPeople(counts: ScopeCounts, moveType: MoveType | null): number {
  if (moveType === MoveType.SECONDMENT) return counts.SECONDMENT + counts.EITHER;
  if (moveType === MoveType.TRANSFER) return counts.TRANSFER + counts.EITHER;
  return counts.SECONDMENT + counts.TRANSFER + counts.EITHER;
}

function establishedUnder(
  moveType: MoveType | null,
  secondment: number | null,
  transfer: number | null,
  total: number | null,
): number | null {
  if (moveType === MoveType.SECONDMENT) return secondment;
  if (moveType === MoveType.TRANSFER) return transfer;
  return total;
}

/** A live month in which nothing was recorded for the scope: its figures are zero, counted, not missing. */
export const LIVE_ZERO_NOTE = '集計値: この月の該当する記録はありません（0人）。';

export const NATIONAL_ONLY_NOTE = '公表値は全国計のみです(事務所別・地域別の内訳は公表されていません)。';

function monthBase(yearMonth: string) {
  return {
    yearMonth,
    fiscalYear: fiscalYearOf(yearMonth),
    month: monthNumberOf(yearMonth),
    label: monthLabel(yearMonth),
    eraLabel: monthEraLabel(yearMonth),
  };
}

const NO_FIGURES = {
  receiving: null,
  sending: null,
  established: null,
  establishedSecondment: null,
  establishedTransfer: null,
  establishedTotal: null,
};

/** Whether the published annual row of the month's fiscal year covers the month (FY2022: April to January). */
function publishedYearCovers(ctx: FiguresContext, yearMonth: string): PublishedYear | null {
  const year = ctx.publishedYears.get(fiscalYearOf(yearMonth));
  if (!year) return null;
  const index = monthsOfFiscalYear(year.fiscalYear).indexOf(yearMonth);
  return index < year.monthsCovered ? year : null;
}

export function monthFigures(ctx: FiguresContext, yearMonth: string): MonthFigures {
  const base = monthBase(yearMonth);
  if (yearMonth >= ctx.liveFrom) {
    if (yearMonth > ctx.currentMonth) {
      return {
        ...base,
        ...NO_FIGURES,
        source: StatisticsSource.LIVE,
        state: StatisticsMonthState.NOT_YET,
        preliminary: true,
        closed: false,
        unavailableReason: StatisticsGap.NOT_YET,
        note: `${base.label}はまだ始まっていません。`,
      };
    }
    const live = ctx.live.get(yearMonth) ?? NO_LIVE_FIGURES;
    const closed = ctx.closedMonths.has(yearMonth);
    const total = live.establishedSecondment + live.establishedTransfer;
    const receiving = offerPeople(live.receiving, ctx.moveType);
    const sending = offerPeople(live.sending, ctx.moveType);
    const nothing =
      receiving === 0 && sending === 0 && live.establishedSecondment === 0 && live.establishedTransfer === 0;
    return {
      ...base,
      source: StatisticsSource.LIVE,
      state: StatisticsMonthState.LIVE,
      preliminary: !closed,
      closed,
      receiving,
      sending,
      established: establishedUnder(
        ctx.moveType,
        live.establishedSecondment,
        live.establishedTransfer,
        total,
      ),
      establishedSecondment: live.establishedSecondment,
      establishedTransfer: live.establishedTransfer,
      establishedTotal: total,
      unavailableReason: null,
      // A zero is a count like any other, but say so: a bare 0 reads like a figure nobody filled in.
      note: nothing ? LIVE_ZERO_NOTE : null,
    };
  }

  const published = ctx.publishedMonths.get(yearMonth);
  const year = publishedYearCovers(ctx, yearMonth);
  const history = {
    source: StatisticsSource.PUBLISHED,
    state: StatisticsMonthState.NOT_PUBLISHED,
    closed: false,
  };
  if (!ctx.national) {
    return {
      ...base,
      ...NO_FIGURES,
      ...history,
      preliminary: published?.preliminary ?? year?.preliminary ?? false,
      unavailableReason: StatisticsGap.NATIONAL_ONLY,
      note: NATIONAL_ONLY_NOTE,
    };
  }
  if (!published) {
    return {
      ...base,
      ...NO_FIGURES,
      ...history,
      preliminary: year?.preliminary ?? false,
      unavailableReason: StatisticsGap.NOT_PUBLISHED,
      note: year
        ? `${base.label}を含む年度の合計のみが公表されています(月別の数値は公表されていません)。`
        : `${base.label}の数値は公表されていません。`,
    };
  }
  const secondmentFilter = ctx.moveType === MoveType.SECONDMENT;
  const receiving = secondmentFilter ? published.secondmentReceivingInfo : null;
  const sending = secondmentFilter ? published.secondmentSendingInfo : null;
  const notes: string[] = [];
  if (!secondmentFilter) {
    notes.push(
      '月別に公表されているのは在籍型出向の数値のみです(移籍・合計と、全形態・移籍の受入情報・送出情報は年度計のみ)。',
    );
  } else if (receiving === null || sending === null) {
    notes.push('在籍型出向の受入情報・送出情報の月別の数値は2020年4月から公表されています。');
  }
  return {
    ...base,
    ...history,
    state: StatisticsMonthState.PUBLISHED,
    preliminary: published.preliminary,
    receiving,
    sending,
    established: secondmentFilter ? published.secondmentEstablished : null,
    establishedSecondment: published.secondmentEstablished,
    establishedTransfer: null,
    establishedTotal: null,
    unavailableReason: null,
    note: notes.length ? notes.join('') : null,
  };
}

interface PartFigures {
  receiving: number | null;
  sending: number | null;
  secondment: number | null;
  transfer: number | null;
  total: number | null;
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/**
 * One fiscal year: the published part (months before the cut-over that the publication covers; national scope only)
 * plus the live part (months from the cut-over up to this month). A figure the published part cannot give for its
 * months (e.g. transfers, published only as a year's total, when the cut-over falls inside that year) is null for
 * the year rather than a partial sum.
 */
export function yearFigures(ctx: FiguresContext, fiscalYear: number): AnnualStatisticsRow {
  const months = monthsOfFiscalYear(fiscalYear);
  const publishedDomain = months.filter((m) => m < ctx.liveFrom);
  const liveMonths = months.filter((m) => m >= ctx.liveFrom && m <= ctx.currentMonth);
  const futureMonths = months.filter((m) => m >= ctx.liveFrom && m > ctx.currentMonth);
  const year = ctx.publishedYears.get(fiscalYear) ?? null;
  const isPublished = (m: string) =>
    year ? publishedYearCovers(ctx, m) !== null : ctx.publishedMonths.has(m);
  const publishedAll = publishedDomain.filter(isPublished);
  const notPublished = publishedDomain.filter((m) => !isPublished(m));
  const publishedCovered = ctx.national ? publishedAll : [];
  const notes: string[] = [];
  if (!ctx.national && publishedAll.length) {
    notes.push(
      `${runsLabel(publishedAll)}は公表値(全国計のみ)のため、事務所別・地域別の集計には含まれていません。`,
    );
  }
  if (notPublished.length) notes.push(`${runsLabel(notPublished)}の数値は公表されていません。`);

  let published: PartFigures = { receiving: 0, sending: 0, secondment: 0, transfer: 0, total: 0 };
  let publishedPreliminary = false;
  if (publishedCovered.length) {
    const monthly = publishedCovered.map((m) => ctx.publishedMonths.get(m) ?? null);
    const complete = monthly.every((m) => m !== null);
    const monthlySum = (pick: (m: PublishedMonth) => number | null) =>
      complete ? sumOrNull(monthly.map((m) => pick(m as PublishedMonth))) : null;
    const secondmentReceiving = monthlySum((m) => m.secondmentReceivingInfo);
    const secondmentSending = monthlySum((m) => m.secondmentSendingInfo);
    const wholeYear = year !== null && publishedCovered.length === year.monthsCovered;
    const part = wholeYear
      ? {
          secondment: year.secondmentEstablished,
          transfer: year.transferEstablished,
          total: year.totalEstablished,
          receivingAll: year.receivingInfo as number | null,
          sendingAll: year.sendingInfo as number | null,
        }
      : {
          secondment: monthlySum((m) => m.secondmentEstablished),
          transfer: null,
          total: null,
          receivingAll: null,
          sendingAll: null,
        };
    if (!wholeYear) {
      notes.push(
        `公表値の移籍・合計と全形態の受入情報・送出情報は年度計のみで、集計開始月(${monthLabel(ctx.liveFrom)})の前後に分けられないため、この年度は空欄です。`,
      );
    }
    const byMove = ctx.moveType;
    published = {
      receiving:
        byMove === MoveType.SECONDMENT
          ? secondmentReceiving
          : byMove === MoveType.TRANSFER
            ? null
            : part.receivingAll,
      sending:
        byMove === MoveType.SECONDMENT
          ? secondmentSending
          : byMove === MoveType.TRANSFER
            ? null
            : part.sendingAll,
      secondment: part.secondment,
      transfer: part.transfer,
      total: part.total,
    };
    if (byMove === MoveType.TRANSFER) notes.push('移籍の受入情報・送出情報は公表されていません。');
    if (byMove === MoveType.SECONDMENT && (secondmentReceiving === null || secondmentSending === null)) {
      notes.push('在籍型出向の受入情報・送出情報は2020年度から公表されています。');
    }
    publishedPreliminary =
      (year?.preliminary ?? false) ||
      monthly.some((m) => m?.preliminary === true) ||
      (year === null && monthly.some((m) => m === null));
  }

  const live = liveMonths.map((m) => ctx.live.get(m) ?? NO_LIVE_FIGURES);
  const liveSecondment = live.reduce((s, m) => s + m.establishedSecondment, 0);
  const liveTransfer = live.reduce((s, m) => s + m.establishedTransfer, 0);
  const livePart: PartFigures = {
    receiving: live.reduce((s, m) => s + offerPeople(m.receiving, ctx.moveType), 0),
    sending: live.reduce((s, m) => s + offerPeople(m.sending, ctx.moveType), 0),
    secondment: liveSecondment,
    transfer: liveTransfer,
    total: liveSecondment + liveTransfer,
  };
  if (liveMonths.length) {
    const nothing = live.every(
      (m) =>
        offerPeople(m.receiving, ctx.moveType) === 0 &&
        offerPeople(m.sending, ctx.moveType) === 0 &&
        m.establishedSecondment === 0 &&
        m.establishedTransfer === 0,
    );
    notes.push(
      `${runsLabel(liveMonths)}は本システムの記録からの集計値です${nothing ? '（該当する記録はなく0人）' : ''}。`,
    );
  }
  if (futureMonths.length) notes.push(`${runsLabel(futureMonths)}はまだ始まっていません。`);

  const monthsCovered = publishedCovered.length + liveMonths.length;
  const combine = (a: number | null, b: number | null) =>
    monthsCovered === 0 || a === null || b === null ? null : a + b;
  const secondment = combine(published.secondment, livePart.secondment);
  const transfer = combine(published.transfer, livePart.transfer);
  const total = combine(published.total, livePart.total);
  const covered = [...publishedCovered, ...liveMonths].sort();
  const source =
    publishedCovered.length && liveMonths.length
      ? StatisticsSource.MIXED
      : publishedCovered.length
        ? StatisticsSource.PUBLISHED
        : liveMonths.length
          ? StatisticsSource.LIVE
          : months[0] >= ctx.liveFrom
            ? StatisticsSource.LIVE
            : StatisticsSource.PUBLISHED;
  return {
    fiscalYear,
    label: fiscalYearLabel(fiscalYear),
    eraLabel: fiscalYearEraLabel(fiscalYear),
    periodFrom: firstMonthOfFiscalYear(fiscalYear),
    periodTo: lastMonthOfFiscalYear(fiscalYear),
    source,
    monthsCovered,
    coveredFrom: covered[0] ?? null,
    coveredTo: covered[covered.length - 1] ?? null,
    preliminary:
      publishedPreliminary || liveMonths.some((m) => !ctx.closedMonths.has(m)) || futureMonths.length > 0,
    receiving: combine(published.receiving, livePart.receiving),
    sending: combine(published.sending, livePart.sending),
    established: establishedUnder(ctx.moveType, secondment, transfer, total),
    establishedSecondment: secondment,
    establishedTransfer: transfer,
    establishedTotal: total,
    notes,
  };
}
