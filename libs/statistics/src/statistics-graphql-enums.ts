// GraphQL names and Japanese labels of the statistics code lists; imported by every model that uses them.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  STATISTICS_GAP_LABELS,
  STATISTICS_SCOPE_LABELS,
  STATISTICS_MONTH_STATE_LABELS,
  STATISTICS_SOURCE_LABELS,
  StatisticsGap,
  StatisticsMonthState,
  StatisticsScopeKind,
  StatisticsSource,
} from './statistics.types';

registerLabelledEnum(StatisticsSource, {
  name: 'StatisticsSource',
  description: '数値の出所 / Where figures come from.',
  labels: STATISTICS_SOURCE_LABELS,
  descriptions: {
    PUBLISHED: 'センターの公表値(集計開始月より前。全国計のみ)',
    LIVE: '本システムの記録から集計(集計開始月以降)',
    MIXED: '公表値と集計値の合計(集計開始月をまたぐ年度・期間)',
  },
});

registerLabelledEnum(StatisticsGap, {
  name: 'StatisticsGap',
  description: '数値がない理由 / Why figures are missing.',
  labels: STATISTICS_GAP_LABELS,
  descriptions: {
    NATIONAL_ONLY: '公表値は全国計のみで、事務所別・地域別の内訳はありません',
    NOT_PUBLISHED: 'この数値は公表されていません',
    NOT_YET: 'まだ始まっていない月です',
  },
});

registerLabelledEnum(StatisticsMonthState, {
  name: 'StatisticsMonthState',
  description: "月の数値の種類 / What a month's figures are.",
  labels: STATISTICS_MONTH_STATE_LABELS,
  descriptions: {
    PUBLISHED: 'センターの公表値 (集計開始月より前)',
    LIVE: '本システムの記録から集計した値 (記録がなければ0人)',
    NOT_YET: 'まだ始まっていない月 (数値なし)',
    NOT_PUBLISHED: '集計開始月より前で、この範囲・形態の数値が公表されていない月 (数値なし)',
  },
});

registerLabelledEnum(StatisticsScopeKind, {
  name: 'StatisticsScopeKind',
  description: '集計の範囲 / What a result covers.',
  labels: STATISTICS_SCOPE_LABELS,
  descriptions: {
    NATIONAL: '本部を含む全ての事務所',
    REGION: '一つの地方(北海道、東北、関東など)の事務所',
  },
});

export { StatisticsGap, StatisticsMonthState, StatisticsScopeKind, StatisticsSource };
