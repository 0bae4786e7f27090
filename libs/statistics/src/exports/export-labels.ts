// The Japanese labels the exports print: fiscal years with their era (2022年度（令和4年度）), dates, the source of a
// figure (公表値 / 集計値), the preliminary mark (速報値) and the filters.
import { japaneseDate, japaneseEraDate } from '@kakehashi/calendar';
import { MOVE_TYPE_LABELS, MoveType } from '@kakehashi/offers';
import { fiscalYearEraLabel, fiscalYearLabel, monthLabel } from '../periods/year-month';
import {
  STATISTICS_SOURCE_LABELS,
  StatisticsScopeKind,
  StatisticsSource,
  type StatisticsScopeView,
} from '../statistics.types';

/** 2022年度（令和4年度）; FY2019 is 令和元年度, FY2018 平成30年度. */
export function fiscalYearFullLabel(fiscalYear: number): string {
  return `${fiscalYearLabel(fiscalYear)}（${fiscalYearEraLabel(fiscalYear)}）`;
}

/** 2013年度～2022年度（平成25年度～令和4年度）, or one year alone. */
export function fiscalYearsFullLabel(from: number, to: number): string {
  if (from === to) return fiscalYearFullLabel(from);
  return `${fiscalYearLabel(from)}～${fiscalYearLabel(to)}（${fiscalYearEraLabel(from)}～${fiscalYearEraLabel(to)}）`;
}

/** A day in the Japanese era: 令和5年2月2日 (元年 for the first year of an era). */
export function eraDateLabel(day: string): string {
  return japaneseEraDate(day);
}

/** 2023年2月2日（令和5年2月2日）: the exports repeat the whole date in the era, as the Center's tables do. */
export function dateFullLabel(day: string): string {
  return `${japaneseDate(day)}（${japaneseEraDate(day)}）`;
}

/** 公表値 / 集計値 / 公表値・集計値, as the 出典 column prints them. */
export const SOURCE_LABELS: Record<StatisticsSource, string> = STATISTICS_SOURCE_LABELS;

export const PRELIMINARY_MARK = '速報値';

/** The 速報値 column: the mark, or empty for final figures. */
export function preliminaryCell(preliminary: boolean): string {
  return preliminary ? PRELIMINARY_MARK : '';
}

export function moveTypeLabel(moveType: MoveType | null): string {
  return moveType ? MOVE_TYPE_LABELS[moveType] : '全形態（在籍型出向・移籍）';
}

/** For file names: 在籍型出向 / 移籍 / 全形態. */
export function moveTypeShortLabel(moveType: MoveType | null): string {
  return moveType ? moveTypeLabel(moveType) : '全形態';
}

export function moveTypeAscii(moveType: MoveType | null): string {
  return moveType ? moveType.toLowerCase() : 'all';
}

const REGION_ASCII: Record<string, string> = {
  北海道: 'hokkaido',
  東北: 'tohoku',
  関東: 'kanto',
  中部: 'chubu',
  近畿: 'kinki',
  中国: 'chugoku',
  四国: 'shikoku',
  '九州・沖縄': 'kyushu-okinawa',
};

/** 全国 / 東京事務所 / 関東地方, and an ASCII stand-in for file names. */
export function scopeAscii(scope: StatisticsScopeView): string {
  if (scope.kind === StatisticsScopeKind.OFFICE) return `office-${scope.officeCode ?? 'unknown'}`;
  if (scope.kind === StatisticsScopeKind.REGION)
    return `region-${REGION_ASCII[scope.region ?? ''] ?? 'other'}`;
  return 'national';
}

/** 2026年11月21日 10:05（日本時間）: when the file was made, so a printed table says how current it is. */
export function createdAtLabel(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}（日本時間）`;
}

/** The line every export carries under its title. */
export function createdAtLine(at: Date): string {
  return `作成日時: ${createdAtLabel(at)}`;
}

export const PEOPLE_NOTE =
  '数値は人数（人）です。年度は4月～翌3月です（例: 2022年度 = 2022年4月～2023年3月）。';

export const PRELIMINARY_NOTE =
  '※ 速報値: 本部が締めていない月の集計値と、公表資料で速報値とされている数値です。今後修正される場合があります。';

export const PUBLISHED_SOURCE_NOTE =
  '出典「公表値」: 公益財団法人産業雇用安定センターの公表資料（出向・移籍の実績の推移、在籍型出向の月別推移）。全国計のみで、月別は在籍型出向のみ公表されています。';

/** 出典「集計値」, naming the cut-over month from which the platform's own records count. */
export function liveSourceNote(liveFrom: string): string {
  return `出典「集計値」: 本システムの記録（${monthLabel(liveFrom)}以降の受付・成立を集計）。`;
}

/** Characters Excel and Windows refuse in file and sheet names. */
export function safeFileName(text: string): string {
  return text.replace(/[\\/:*?"<>|\r\n]+/g, '_').replace(/\s+/g, '');
}
