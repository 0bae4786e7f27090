// The inputs the case page's forms share: a day (typed, read back with its 和暦) and a whole number (円, %).
import { formatDate, TextField } from '@kakehashi/web-ui';
import { readableDay } from './day-input';
import { caseMessages } from './messages';

const text = caseMessages;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day, typed (2026-12-01, 2026/12/1, 令和8年12月1日 and full-width digits all read) and read back with its
 * 和暦 so the year is never in doubt. A text input rather than the browser's date input: its order of year, month and
 * day follows the browser's own language, not the page's, and typing into it is not the same everywhere.
 */
export function DateField({
  id,
  label,
  value,
  onChange,
  errorMessage,
  isRequired,
  description,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string;
  isRequired?: boolean;
  description?: string;
}) {
  const day = readableDay(value);
  return (
    <TextField
      id={id}
      label={label}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={onChange}
      onBlur={() => {
        if (day && day !== value) onChange(day);
      }}
      errorMessage={errorMessage}
      isRequired={isRequired}
      description={day ? formatDate(day) : [description, text.form.dateHint].filter(Boolean).join('　')}
    />
  );
}

/** A whole number typed as text (full-width digits and commas allowed), read back formatted when it is one. */
export function WholeNumberField({
  id,
  label,
  value,
  onChange,
  errorMessage,
  readBack,
  description,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string;
  readBack?: (value: number) => string;
  description?: string;
}) {
  const plain = value.normalize('NFKC').replace(/[,\s円%]/g, '');
  const shown = readBack && /^\d+$/.test(plain) ? readBack(Number(plain)) : description;
  return (
    <TextField
      id={id}
      label={label}
      inputMode="numeric"
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
      description={shown}
    />
  );
}

/** How the page shows a recorded value in a notice: a day with its 和暦, yes or no, a list, or the text itself. */
export function showValue(value: unknown, labelOf: (code: string) => string = (code) => code): string {
  if (value === null || value === undefined || value === '') return text.form.unset;
  if (typeof value === 'boolean') return value ? text.form.yes : text.form.no;
  if (Array.isArray(value))
    return value.length ? value.map((each) => labelOf(String(each))).join('、') : text.form.unset;
  if (typeof value === 'string' && DAY.test(value)) return formatDate(value);
  return labelOf(String(value));
}
