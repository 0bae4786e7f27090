import { MoveType } from '@kakehashi/offers';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AnnualStatistics,
  AnnualStatisticsRow,
  IndustryFlowCell,
  IndustryFlows,
  IndustryPeople,
  MonthFigures,
  MonthlyStatistics,
  MonthlyStatisticsRow,
  StatisticsScopeView,
} from '../statistics.types';
import {
  StatisticsGap,
  StatisticsMonthState,
  StatisticsScopeKind,
  StatisticsSource,
} from '../statistics-graphql-enums';

const PEOPLE = '人数 (人) / People.';
const RECEIVING =
  '受入情報: その月に受け付けた受入情報の受入希望人数の合計 (受付日による)。形態で絞るとその形態を受け入れる情報 (両方可を含む) / People in receiving offers received in the month (by received date); under a move type, offers accepting it (both-ways offers count under either).';
const SENDING =
  '送出情報: その月に受け付けた送出情報の送出人数の合計 (受付日による)。形態で絞るとその形態を希望する情報 (いずれも可を含む) / People in sending offers received in the month; under a move type, offers open to it (EITHER counts under either).';
const ESTABLISHED =
  '成立: その月に成立した人数 (その月に記録された訂正を加減、形態の指定があればその形態、なければ合計) / People established in the month, net of corrections dated in it, for the move type filtered (total without one).';

@ObjectType('StatisticsScope', { description: '集計の範囲 / What the figures cover.' })
export class StatisticsScopeModel implements StatisticsScopeView {
  @Field(() => StatisticsScopeKind)
  kind: StatisticsScopeKind;

  @Field(() => ID, { nullable: true })
  officeId: string | null;

  @Field(() => String, { nullable: true, description: '事務所コード (HQ, 01..47) / Office code.' })
  officeCode: string | null;

  @Field(() => String, { nullable: true, description: '事務所名 / Office name.' })
  officeName: string | null;

  @Field(() => String, { nullable: true, description: '地方 (関東 等) / Region.' })
  region: string | null;

  @Field({ description: '表示名 (全国 / 東京事務所 / 関東地方) / Label.' })
  label: string;
}

@ObjectType('StatisticsMonthFigures', {
  description:
    "一か月の数値 (人数、人)。集計開始月より前は公表値 (全国計のみ、月別は在籍型出向のみ)、以降は本システムの記録 / One month's figures in people; published history before the cut-over month (national, secondment only by month), live records from it on.",
})
export class StatisticsMonthFiguresModel implements MonthFigures {
  @Field({ description: '年月 YYYY-MM / The month.' })
  yearMonth: string;

  @Field(() => Int, {
    description: '年度 (4月〜翌3月。2022年度 = 2022-04〜2023-03) / Fiscal year (April to March).',
  })
  fiscalYear: number;

  @Field(() => Int, { description: '月 (1〜12) / Month number.' })
  month: number;

  @Field({ description: '2022年4月' })
  label: string;

  @Field({ description: '令和4年4月' })
  eraLabel: string;

  @Field(() => StatisticsSource)
  source: StatisticsSource;

  @Field(() => StatisticsMonthState, {
    description:
      '公表値・集計値 (0人を含む)・未到来・公表なし (集計開始前) の別 / Published, live (zero included), not yet begun, or not published.',
  })
  state: StatisticsMonthState;

  @Field({
    description:
      '速報値 (本部が締めていない月、または公表時に速報値とされた月) / Preliminary: not closed by headquarters, or published as preliminary.',
  })
  preliminary: boolean;

  @Field({ description: '本部が締めた月 (確定値) / Closed by headquarters (final).' })
  closed: boolean;

  @Field(() => Int, { nullable: true, description: RECEIVING })
  receiving: number | null;

  @Field(() => Int, { nullable: true, description: SENDING })
  sending: number | null;

  @Field(() => Int, { nullable: true, description: ESTABLISHED })
  established: number | null;

  @Field(() => Int, { nullable: true, description: `在籍型出向の成立 / Secondments established. ${PEOPLE}` })
  establishedSecondment: number | null;

  @Field(() => Int, { nullable: true, description: `移籍の成立 / Transfers established. ${PEOPLE}` })
  establishedTransfer: number | null;

  @Field(() => Int, { nullable: true, description: `成立合計 / Total established. ${PEOPLE}` })
  establishedTotal: number | null;

  @Field(() => StatisticsGap, { nullable: true, description: '数値がない理由 / Why figures are missing.' })
  unavailableReason: StatisticsGap | null;

  @Field(() => String, { nullable: true, description: '注記 / Note on missing figures.' })
  note: string | null;
}

@ObjectType('MonthlyStatisticsMonth', {
  description: '月別の数値と前年同月 / A month with the same month a year earlier.',
})
export class MonthlyStatisticsMonthModel extends StatisticsMonthFiguresModel implements MonthlyStatisticsRow {
  @Field(() => StatisticsMonthFiguresModel, { description: '前年同月 / The same month a year earlier.' })
  previousYear: StatisticsMonthFiguresModel;
}

@ObjectType('AnnualStatisticsYear', {
  description:
    '年度 (4月〜翌3月) の数値: 対象月の合計 (人)。公表値の年度は公表された年度計 / A fiscal year: sums over the months covered; published years as published.',
})
export class AnnualStatisticsYearModel implements AnnualStatisticsRow {
  @Field(() => Int, { description: '年度 (2022 = 2022-04-01〜2023-03-31 = 令和4年度) / Fiscal year.' })
  fiscalYear: number;

  @Field({ description: '2022年度' })
  label: string;

  @Field({ description: '令和4年度' })
  eraLabel: string;

  @Field({ description: '最初の月 (YYYY-04) / First month.' })
  periodFrom: string;

  @Field({ description: '最後の月 (翌年の03) / Last month.' })
  periodTo: string;

  @Field(() => StatisticsSource)
  source: StatisticsSource;

  @Field(() => Int, {
    description: '数値に含まれる月数 (年度途中、未公表、公表値が全国計のみのときは12未満) / Months included.',
  })
  monthsCovered: number;

  @Field(() => String, { nullable: true, description: '含まれる最初の月 / First month included.' })
  coveredFrom: string | null;

  @Field(() => String, { nullable: true, description: '含まれる最後の月 / Last month included.' })
  coveredTo: string | null;

  @Field({
    description: '速報値を含む、または年度途中 / Includes preliminary months, or the year is not over.',
  })
  preliminary: boolean;

  @Field(() => Int, { nullable: true, description: RECEIVING })
  receiving: number | null;

  @Field(() => Int, { nullable: true, description: SENDING })
  sending: number | null;

  @Field(() => Int, { nullable: true, description: ESTABLISHED })
  established: number | null;

  @Field(() => Int, { nullable: true, description: '在籍型出向の成立 (人) / Secondments established.' })
  establishedSecondment: number | null;

  @Field(() => Int, { nullable: true, description: '移籍の成立 (人) / Transfers established.' })
  establishedTransfer: number | null;

  @Field(() => Int, { nullable: true, description: '成立合計 (人) / Total established.' })
  establishedTotal: number | null;

  @Field(() => [String], { description: '注記 (含まれない月や空欄の理由) / Notes on what is left out.' })
  notes: string[];
}

@ObjectType('MonthlyStatistics', { description: '年度の月別の数値 / A fiscal year month by month.' })
export class MonthlyStatisticsModel implements MonthlyStatistics {
  @Field(() => Int)
  fiscalYear: number;

  @Field({ description: '2022年度' })
  label: string;

  @Field({ description: '令和4年度' })
  eraLabel: string;

  @Field(() => StatisticsScopeModel)
  scope: StatisticsScopeModel;

  @Field(() => MoveType, { nullable: true, description: '形態の指定 (なし = すべて) / Move type filter.' })
  moveType: MoveType | null;

  @Field({ description: '集計開始月 (STATISTICS_LIVE_FROM) / The cut-over month.' })
  liveFrom: string;

  @Field(() => [MonthlyStatisticsMonthModel], { description: '4月〜翌3月の12か月 / April to March.' })
  months: MonthlyStatisticsMonthModel[];

  @Field(() => AnnualStatisticsYearModel, { description: "年度計 / The year's total." })
  total: AnnualStatisticsYearModel;
}

@ObjectType('AnnualStatistics', { description: '年度別の数値 / Figures per fiscal year.' })
export class AnnualStatisticsModel implements AnnualStatistics {
  @Field(() => StatisticsScopeModel)
  scope: StatisticsScopeModel;

  @Field(() => MoveType, { nullable: true })
  moveType: MoveType | null;

  @Field()
  liveFrom: string;

  @Field(() => [AnnualStatisticsYearModel])
  years: AnnualStatisticsYearModel[];
}

@ObjectType('IndustryPeople', {
  description: '業種 (日本標準産業分類 大分類) ごとの人数 / People by JSIC major group.',
})
export class IndustryPeopleModel implements IndustryPeople {
  @Field(() => Int, { description: '順位 (同数は同順位) / Rank (ties share it).' })
  rank: number;

  @Field({ description: '大分類コード (A〜T) / JSIC major group.' })
  jsicCode: string;

  @Field({ description: '業種名 / Industry.' })
  industryJa: string;

  @Field(() => Int, { description: PEOPLE })
  people: number;
}

@ObjectType('IndustryFlowCell', {
  description: '送出業種 × 受入業種の人数 / People from one industry to another.',
})
export class IndustryFlowCellModel implements IndustryFlowCell {
  @Field()
  sendingJsicCode: string;

  @Field()
  sendingIndustryJa: string;

  @Field()
  receivingJsicCode: string;

  @Field()
  receivingIndustryJa: string;

  @Field(() => Int, { description: PEOPLE })
  people: number;
}

@ObjectType('IndustryFlows', {
  description:
    '業種間の成立状況: 期間内に成立した人数の送出企業と受入企業の業種 (成立時に記録した大分類) / Industry flows of the people established in a period.',
})
export class IndustryFlowsModel implements IndustryFlows {
  @Field({ description: '最初の月 / First month.' })
  from: string;

  @Field({ description: '最後の月 / Last month.' })
  to: string;

  @Field({ description: '2022年4月～2023年1月' })
  label: string;

  @Field(() => StatisticsScopeModel)
  scope: StatisticsScopeModel;

  @Field(() => MoveType, { nullable: true })
  moveType: MoveType | null;

  @Field(() => StatisticsSource)
  source: StatisticsSource;

  @Field()
  preliminary: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      '成立人数: 送出業種 × 受入業種の組み合わせごとに期間内の訂正を加減し、差し引き0人以下の組み合わせを除いた合計 (月別統計の成立と異なることがある。除いた組み合わせは注記に) / People established, net of corrections per industry pair; pairs netting zero or less are left out of the matrix, rankings, total and share alike.',
  })
  totalPeople: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '異なる業種間で成立した人数 (送出企業と受入企業の大分類が異なる) / Established across industries.',
  })
  crossIndustryPeople: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '異なる業種間で成立した割合 (%、小数第1位、四捨五入): 異業種間の成立人数 ÷ 全成立人数 / Cross-industry share in percent, one decimal.',
  })
  crossIndustryShare: number | null;

  @Field(() => [IndustryFlowCellModel], {
    description:
      '送出業種 × 受入業種 (多い順。公表値にはなし) / The matrix, largest first (not published for history).',
  })
  matrix: IndustryFlowCellModel[];

  @Field(() => [IndustryPeopleModel], {
    description:
      '送出業種 (多い順。公表値は上位3業種のみ) / Sending industries, largest first (published: top three).',
  })
  topSendingIndustries: IndustryPeopleModel[];

  @Field(() => [IndustryPeopleModel], {
    description: '受入業種 (多い順。公表値は上位3業種のみ) / Receiving industries, largest first.',
  })
  topReceivingIndustries: IndustryPeopleModel[];

  @Field(() => StatisticsGap, { nullable: true })
  unavailableReason: StatisticsGap | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}
