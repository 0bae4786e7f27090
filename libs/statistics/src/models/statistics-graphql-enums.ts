// GraphQL names and descriptions of the statistics code lists; imported by every model that uses them.
import { registerEnumType } from '@nestjs/graphql';
import { StatisticsGap, StatisticsScopeKind, StatisticsSource } from '../statistics.types';

registerEnumType(StatisticsSource, {
  name: 'StatisticsSource',
  description: '数値の出所 / Where figures come from.',
  valuesMap: {
    PUBLISHED: {
      description:
        "センターの公表値 (集計開始月 STATISTICS_LIVE_FROM より前。全国計のみ) / The Center's published figures (before the cut-over; national only).",
    },
    LIVE: {
      description:
        "本システムの記録から集計 (集計開始月以降) / Counted from the platform's own records (from the cut-over month on).",
    },
    MIXED: {
      description: '公表値と集計値の合計 (年度・期間) / Both, for a year or period spanning the cut-over.',
    },
  },
});

registerEnumType(StatisticsGap, {
  name: 'StatisticsGap',
  description: '数値がない理由 / Why figures are missing.',
  valuesMap: {
    NATIONAL_ONLY: {
      description: '公表値は全国計のみ (事務所別・地域別の内訳なし) / Published history is national only.',
    },
    NOT_PUBLISHED: { description: '公表されていない / Not in the published figures.' },
    NOT_YET: { description: 'まだ始まっていない月 / A month that has not begun.' },
  },
});

registerEnumType(StatisticsScopeKind, {
  name: 'StatisticsScopeKind',
  description: '集計の範囲 / What a result covers.',
  valuesMap: {
    NATIONAL: { description: '全国 (本部を含む全事務所) / The whole country.' },
    OFFICE: { description: '一つの事務所 / One office.' },
    REGION: { description: '一つの地方 (offices.region_ja) の事務所 / The offices of one region.' },
  },
});

export { StatisticsGap, StatisticsScopeKind, StatisticsSource };
