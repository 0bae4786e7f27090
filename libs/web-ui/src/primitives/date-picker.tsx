import { parseDate, type CalendarDate } from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker as AriaDatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import { formatDate } from '../format/dates';
import { CalendarIcon } from './icons';
import { RequiredMark } from './text-field';

export interface DatePickerProps {
  /** The id of the field (an ErrorSummary link focuses its first segment). */
  id?: string;
  label: string;
  /** A calendar day `YYYY-MM-DD`, or null when not given. */
  value: string | null;
  onChange: (value: string | null) => void;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
  calendarLabel?: string;
}

function toCalendarDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A calendar day typed as 年/月/日 segments (arrow keys or digits) or picked from a calendar; the day chosen is
 * repeated below in words with its 和暦 (「2026年4月1日（令和8年）」), so the era year is never left to mental arithmetic.
 */
export function DatePicker({
  id,
  label,
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
  calendarLabel = 'カレンダーを開く',
}: DatePickerProps) {
  const date = toCalendarDate(value);
  return (
    <AriaDatePicker
      id={id}
      value={date}
      onChange={(next) => onChange(next ? next.toString() : null)}
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      granularity="day"
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {label}
        {isRequired ? <RequiredMark /> : null}
      </Label>
      <Group className="flex w-fit max-w-full items-center gap-2 rounded-8 border border-solid-gray-600 bg-white px-3 py-1 focus-within:ring-4 focus-within:ring-focus-yellow invalid:border-2 invalid:border-error-1">
        <DateInput className="flex min-h-9 items-center">
          {(segment) => (
            <DateSegment
              segment={segment}
              className="rounded-4 px-0.5 tabular-nums outline-none focused:bg-blue-900 focused:text-white placeholder-shown:text-solid-gray-700"
            />
          )}
        </DateInput>
        <AriaButton
          aria-label={calendarLabel}
          className="inline-flex min-h-9 min-w-9 items-center justify-center rounded-8 text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          <CalendarIcon />
        </AriaButton>
      </Group>
      {date ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {formatDate(date.toString())}
          {description ? <span className="block">{description}</span> : null}
        </Text>
      ) : description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
      <Popover className="rounded-8 border border-solid-gray-600 bg-white p-3 shadow-lg">
        <Dialog className="outline-none">
          <Calendar>
            <header className="mb-2 flex items-center justify-between gap-2">
              <AriaButton
                slot="previous"
                className="min-h-11 min-w-11 rounded-8 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
              >
                <span aria-hidden="true">◀</span>
              </AriaButton>
              <Heading className="font-bold" />
              <AriaButton
                slot="next"
                className="min-h-11 min-w-11 rounded-8 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
              >
                <span aria-hidden="true">▶</span>
              </AriaButton>
            </header>
            <CalendarGrid className="border-collapse">
              {(day) => (
                <CalendarCell
                  date={day}
                  className="flex h-9 w-9 items-center justify-center rounded-8 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow selected:bg-blue-900 selected:text-white outside-month:text-solid-gray-420"
                />
              )}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </AriaDatePicker>
  );
}
