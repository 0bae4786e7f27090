import { isCalendarDay, japaneseDate } from '@kakehashi/calendar';

// The Japanese texts of the daily logs' findings (spec §5.14 R-LOG-3), in the words of the two forms (様式第7号
// 別添様式2-5 and 2-4a): 実施日, 訓練実施時間（帯）, 実訓練時間数, うち除外時間数, 受講時間数.

export type LogKind = 'OJT' | 'OFF_JT';

const KIND_NAMES: Record<LogKind, string> = { OJT: 'OJT', OFF_JT: 'Off-JT' };
const BAND_NAMES: Record<LogKind, string> = { OJT: '訓練実施時間', OFF_JT: '訓練実施時間帯' };

/** 510 minutes as 8時間30分, the forms' "時間 分". */
export function hoursText(minutes: number): string {
  return `${Math.floor(minutes / 60)}時間${String(minutes % 60).padStart(2, '0')}分`;
}

/** A day as 2025年4月7日; as typed when it is not a date (the finding about that is beside it). */
const dayText = (day: string): string => (isCalendarDay(day) ? japaneseDate(day) : day);

const band = (from: string, to: string): string => `${from}～${to}`;

export const TRAINING_LOG_MESSAGES = {
  dateInvalid: (): string => '実施日を YYYY-MM-DD で入力してください',
  dateOutsidePeriod: (date: string, start: string, end: string): string =>
    `実施日（${dayText(date)}）が訓練期間（${dayText(start)}～${dayText(end)}）の外です`,
  timeInvalid: (kind: LogKind): string => `${BAND_NAMES[kind]}は 9:00 のように「時:分」で入力してください`,
  bandEmpty: (kind: LogKind, from: string, to: string): string =>
    `${BAND_NAMES[kind]}の終了（${to}）は開始（${from}）より後である必要があります`,
  minutesInvalid: (label: string, least: number): string =>
    `${label}は${least}分以上の整数（分）で入力してください`,
  ojtAttendedExceedsBand: (attended: number, from: string, to: string, bandMinutes: number): string =>
    `受講時間数（${hoursText(attended)}）が訓練実施時間（${band(from, to)}、${hoursText(bandMinutes)}）を超えています`,
  offJtExcludedExceedsBand: (excluded: number, bandMinutes: number): string =>
    `うち除外時間数（${hoursText(excluded)}）が実訓練時間数（${hoursText(bandMinutes)}）を超えています`,
  offJtAttendedExceedsNet: (attended: number, bandMinutes: number, excluded: number): string =>
    `受講時間数（${hoursText(attended)}）が実訓練時間数（${hoursText(bandMinutes)}）からうち除外時間数` +
    `（${hoursText(excluded)}）を除いた${hoursText(bandMinutes - excluded)}を超えています`,
  ojtContentMissing: (): string => 'その日に実施したOJTの内容（実施した内容）を記載してください',
  ojtReflectionMissing: (): string => '実施した内容に関する訓練生の考察・感想を記載してください',
  offJtContentMissing: (): string => 'Off-JTの実施内容を記載してください',
  overlap: (
    kind: LogKind,
    from: string,
    to: string,
    otherKind: LogKind,
    otherFrom: string,
    otherTo: string,
    date: string,
  ): string =>
    `${dayText(date)}の${KIND_NAMES[kind]}（${band(from, to)}）が同じ日の${KIND_NAMES[otherKind]}` +
    `（${band(otherFrom, otherTo)}）と時間が重なっています。同じ時間に二つの訓練は受講できません`,
  certificationDateInvalid: (kind: LogKind): string =>
    kind === 'OJT'
      ? '訓練担当者の確認日を YYYY-MM-DD で入力してください'
      : '訓練実施機関の証明日を YYYY-MM-DD で入力してください',
  certifiedBeforeDate: (kind: LogKind, certifiedOn: string, date: string): string =>
    `${kind === 'OJT' ? '訓練担当者の確認日' : '訓練実施機関の証明日'}（${dayText(certifiedOn)}）が` +
    `実施日（${dayText(date)}）より前です`,
  ojtNotConfirmed: (date: string): string =>
    `${dayText(date)}のOJTは訓練担当者の確認がないため、助成対象の訓練時間に数えていません`,
  offJtNotCertified: (date: string): string =>
    `${dayText(date)}のOff-JTは訓練実施機関の証明がないため、助成対象の訓練時間に数えていません`,
} as const;

export const TRAINING_LOG_API_MESSAGES = {
  notSaved:
    '訓練日誌・Off-JT実施状況報告書に誤りがあるため保存できません。各日の指摘を修正してください（確認・証明待ちの日は保存できます）。',
} as const;
