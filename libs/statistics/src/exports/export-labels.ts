// The Japanese labels the exports print: fiscal years with their era (2022年度（令和4年度）), dates, the source of a
// figure (公表値 / 集計値), the preliminary mark (速報値) and the filters.
import { MoveType } from '@kakehashi/offers';
import { fiscalYearEraLabel, fiscalYearLabel, monthLabel } from '../periods/year-month';
import { StatisticsScopeKind, StatisticsSource, type StatisticsScopeView } from '../statistics.types';

/** 2022年度（令和4年度）; FY2019 is 令和元年度, FY2018 平成30年度. */
export function fiscalYearFullLabel(fiscalYear: number): string {
  return `${fiscalYearLabel(fiscalYear)}（${fiscalYearEraLabel(fiscalYear)}）`;
}

/** 2013年度～2022年度（平成25年度～令和4年度）, or one year alone. */
export function fiscalYearsFullLabel(from: number, to: number): string {
  if (from === to) return fiscalYearFullLabel(from);
  return `${fiscalYearLabel(from)}～${fiscalYearLabel(to)}（${fiscalYearEraLabel(from)}～${fiscalYearEraLabel(to)}）`;
}

/**
 * A day in the Japanese era: 令和5年2月2日 (令和 from 2019-05-01, 平成 from 1989-01-08; 元年 for the first year).
 * Dates before 平成 are not needed here (agreements and outcomes are recent).
 */
export function eraDateLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const era = day >= '2019-05-01' ? { name: '令和', base: 2018 } : { name: '平成', base: 1988 };
  const year = y - era.base;
  return `${era.name}${year === 1 ? '元' : year}年${m}月${d}日`;
}

/** 2023年2月2日（令和5年2月2日） */
export function dateFullLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日（${eraDateLabel(day)}）`;
}

export const SOURCE_LABELS: Record<StatisticsSource, string> = {
  [StatisticsSource.PUBLISHED]: '公表値',
  [StatisticsSource.LIVE]: '集計値',
  [StatisticsSource.MIXED]: '公表値・集計値',
};

export const PRELIMINARY_MARK = '速報値';

/** The 速報値 column: the mark, or empty for final figures. */
export function preliminaryCell(preliminary: boolean): string {
  return preliminary ? PRELIMINARY_MARK : '';
}

export function moveTypeLabel(moveType: MoveType | null): string {
  if (moveType === MoveType.SECONDMENT) return '在籍型出向';
  if (moveType === MoveType.TRANSFER) return '移籍';
  return '全形態（在籍型出向・移籍）';
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
