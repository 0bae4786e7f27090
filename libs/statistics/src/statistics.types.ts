// The plain rows the statistics services return (the GraphQL models mirror them; exports and the benchmark call the
// services directly and read these).
import type { MoveType } from '@kakehashi/offers';

/** Where a figure comes from: the Center's published figures, the platform's own records, or both (a period). */
export enum StatisticsSource {
  PUBLISHED = 'PUBLISHED',
  LIVE = 'LIVE',
  MIXED = 'MIXED',
}

export const STATISTICS_SOURCE_LABELS: Record<StatisticsSource, string> = {
  [StatisticsSource.PUBLISHED]: '公表値',
  [StatisticsSource.LIVE]: '集計値',
  [StatisticsSource.MIXED]: '公表値・集計値',
};

/** Why a month has no figures. */
export enum StatisticsGap {
  /** Published history has national figures only: no office or region breakdown. */
  NATIONAL_ONLY = 'NATIONAL_ONLY',
  /** Before the cut-over, and not in the published figures (e.g. a month published only inside a year's total). */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** A month that has not begun. */
  NOT_YET = 'NOT_YET',
}

/**
 * What a month's figures are, four different things on screen and in exports: figures the Center published, figures
 * counted from the platform's records (zero when nothing happened), a month that has not begun, and a month before
 * the cut-over for which nothing was published (for this scope or move).
 */
export enum StatisticsMonthState {
  PUBLISHED = 'PUBLISHED',
  LIVE = 'LIVE',
  NOT_YET = 'NOT_YET',
  NOT_PUBLISHED = 'NOT_PUBLISHED',
}

export const STATISTICS_MONTH_STATE_LABELS: Record<StatisticsMonthState, string> = {
  PUBLISHED: '公表値',
  LIVE: '集計値',
  NOT_YET: '未到来',
  NOT_PUBLISHED: '公表なし（集計開始前）',
};

export const STATISTICS_GAP_LABELS: Record<StatisticsGap, string> = {
  NATIONAL_ONLY: '全国計のみ公表',
  NOT_PUBLISHED: '公表なし',
  NOT_YET: '未到来',
};

export enum StatisticsScopeKind {
  NATIONAL = 'NATIONAL',
  OFFICE = 'OFFICE',
  REGION = 'REGION',
}

export const STATISTICS_SCOPE_LABELS: Record<StatisticsScopeKind, string> = {
  NATIONAL: '全国',
  OFFICE: '事務所',
  REGION: '地方',
};

/** The scope a result covers. */
export interface StatisticsScopeView {
  kind: StatisticsScopeKind;
  officeId: string | null;
  officeCode: string | null;
  /** 東京事務所 */
  officeName: string | null;
  /** 関東 */
  region: string | null;
  /** 全国 / 東京事務所 / 関東地方 */
  label: string;
}

export interface StatisticsFilterArgs {
  /** Counts only what concerns this move (see README "Statistics"); null or absent: every move. */
  moveType?: MoveType | null;
  officeId?: string | null;
  region?: string | null;
}

/** Options for the benchmark's baseline and the consistency tests. */
export interface StatisticsReadOptions {
  /** Count live months straight from the raw offers and establishments instead of the rollups. */
  fromRaw?: boolean;
}

/** One month's figures. Counts are people (人); null: not available (see unavailableReason / note). */
export interface MonthFigures {
  /** 2022-04 */
  yearMonth: string;
  fiscalYear: number;
  /** 1..12 */
  month: number;
  /** 2022年4月 */
  label: string;
  /** 令和4年4月 */
  eraLabel: string;
  source: StatisticsSource;
  /** Published, live (possibly zero), not yet begun, or before the cut-over without published figures. */
  state: StatisticsMonthState;
  /** 速報値: not closed by headquarters (live) or marked so by the publication. */
  preliminary: boolean;
  /** Closed by headquarters (live months only). */
  closed: boolean;
  /** People in receiving offers received in the month (under the move-type filter). */
  receiving: number | null;
  /** People in sending offers received in the month (under the move-type filter). */
  sending: number | null;
  /** People established under the move-type filter (secondment, transfer, or the total without a filter). */
  established: number | null;
  establishedSecondment: number | null;
  establishedTransfer: number | null;
  establishedTotal: number | null;
  unavailableReason: StatisticsGap | null;
  /** Japanese: why some figures are missing, when they are. */
  note: string | null;
}

export interface MonthlyStatisticsRow extends MonthFigures {
  /** The same month a year earlier. */
  previousYear: MonthFigures;
}

/** One fiscal year's figures: sums over the months covered. */
export interface AnnualStatisticsRow {
  fiscalYear: number;
  /** 2022年度 */
  label: string;
  /** 令和4年度 */
  eraLabel: string;
  /** 2022-04 */
  periodFrom: string;
  /** 2023-03 */
  periodTo: string;
  source: StatisticsSource;
  /** Months whose figures are included (published or live); fewer than 12 for a year not over, or not published. */
  monthsCovered: number;
  coveredFrom: string | null;
  coveredTo: string | null;
  preliminary: boolean;
  receiving: number | null;
  sending: number | null;
  established: number | null;
  establishedSecondment: number | null;
  establishedTransfer: number | null;
  establishedTotal: number | null;
  /** Japanese notes on months or figures left out. */
  notes: string[];
}

export interface MonthlyStatistics {
  fiscalYear: number;
  label: string;
  eraLabel: string;
  scope: StatisticsScopeView;
  moveType: MoveType | null;
  /** The cut-over month (STATISTICS_LIVE_FROM). */
  liveFrom: string;
  /** April to March. */
  months: MonthlyStatisticsRow[];
  /** The fiscal year's total, as annualStatistics gives it. */
  total: AnnualStatisticsRow;
}

export interface AnnualStatistics {
  scope: StatisticsScopeView;
  moveType: MoveType | null;
  liveFrom: string;
  years: AnnualStatisticsRow[];
}

export interface IndustryPeople {
  rank: number;
  jsicCode: string;
  industryJa: string;
  people: number;
}

export interface IndustryFlowCell {
  sendingJsicCode: string;
  sendingIndustryJa: string;
  receivingJsicCode: string;
  receivingIndustryJa: string;
  people: number;
}

export interface IndustryFlows {
  /** First and last month of the period. */
  from: string;
  to: string;
  label: string;
  scope: StatisticsScopeView;
  moveType: MoveType | null;
  source: StatisticsSource;
  preliminary: boolean;
  /** People established in the period (net of corrections); published: the published monthly total. */
  totalPeople: number | null;
  /** Of them, established between different JSIC major groups; null when not published. */
  crossIndustryPeople: number | null;
  /** crossIndustryPeople / totalPeople in percent, one decimal (59.2). */
  crossIndustryShare: number | null;
  /** Sending × receiving JSIC major groups, largest first (empty for published periods: not published). */
  matrix: IndustryFlowCell[];
  /** Sending industries, largest first (published periods: the published top three). */
  topSendingIndustries: IndustryPeople[];
  topReceivingIndustries: IndustryPeople[];
  unavailableReason: StatisticsGap | null;
  note: string | null;
}

export interface StatisticsMonthClosing {
  yearMonth: string;
  closedAt: Date;
  closedByUserId: string;
  /** National figures at closing. */
  receiving: number;
  sending: number;
  establishedSecondment: number;
  establishedTransfer: number;
  establishedTotal: number;
}
