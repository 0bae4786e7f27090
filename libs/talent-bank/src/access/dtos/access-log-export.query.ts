// The query string of the access log download: the filter the administrator's list shows (days in Japan, outcome,
// action), validated by the global validation pipe (bad input is 400 BAD_USER_INPUT with Japanese field messages).
import { addDays, isCalendarDay } from '@kakehashi/calendar';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, ValidateBy } from 'class-validator';
import type { AccessLogFilter } from './access-log.inputs';
import { AccessAction, AccessOutcome } from '../../talent-bank-enums';

const DAY_MESSAGE = '日付は YYYY-MM-DD の形式の、実在する日で指定してください。';

/** A real calendar day (2026-02-31 is refused, not read as March). */
const IsDay = () =>
  ValidateBy({
    name: 'isCalendarDay',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDay(value),
      defaultMessage: () => DAY_MESSAGE,
    },
  });
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class AccessLogExportQuery {
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsEnum(AccessOutcome, { message: '結果の指定が正しくありません。' })
  outcome?: AccessOutcome;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsEnum(AccessAction, { message: '種類の指定が正しくありません。' })
  action?: AccessAction;

  /** The first day (Japan), inclusive. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsDay()
  from?: string;

  /** The last day (Japan), inclusive. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsDay()
  to?: string;
}

/** The start of a day in Japan (UTC+9, no daylight saving) as an instant. */
const startOfDayInJapan = (day: string) => new Date(`${day}T00:00:00+09:00`);

/** The list's filter for a download's query string: the days become the instants the log is kept in. */
export function filterOfAccessLogExport(query: AccessLogExportQuery): AccessLogFilter {
  return {
    outcome: query.outcome ?? null,
    action: query.action ?? null,
    from: query.from ? startOfDayInJapan(query.from) : null,
    to: query.to ? startOfDayInJapan(addDays(query.to, 1)) : null,
  };
}
