import {
  DatePicker,
  Select,
  TextField,
  type DatePickerProps,
  type Option,
  type TextFieldProps,
} from '@kakehashi/web-ui';
import type { RecordForm } from './use-record-form';

/** What a field takes from its record form: its id (the error summary's link), value, change and error. */
export type FieldBinding<K extends string> = Pick<RecordForm<K>, 'values' | 'set' | 'idFor' | 'errorFor'>;

interface Bound<K extends string> {
  form: FieldBinding<K>;
  field: K;
  label: string;
}

type Unbound<P> = Omit<P, 'form' | 'id' | 'label' | 'value' | 'onChange' | 'errorMessage'>;

/** A text field of a record form (no browser autofill unless the caller asks for one). */
export function RecordTextField<K extends string>({
  form,
  field,
  ...props
}: Bound<K> & Unbound<TextFieldProps>) {
  return (
    <TextField
      id={form.idFor(field)}
      value={form.values[field]}
      onChange={(value) => form.set(field, value)}
      errorMessage={form.errorFor(field)}
      autoComplete="off"
      {...props}
    />
  );
}

/** A single choice of a record form; `unset` is what the form holds when nothing is chosen. */
export function RecordSelect<K extends string>({
  form,
  field,
  unset = '',
  ...props
}: Bound<K> & {
  options: Option[];
  description?: string;
  isRequired?: boolean;
  unset?: string;
}) {
  return (
    <Select
      id={form.idFor(field)}
      value={form.values[field] || null}
      onChange={(value) => form.set(field, value ?? unset)}
      errorMessage={form.errorFor(field)}
      {...props}
    />
  );
}

/** A calendar day of a record form ('' when not given). */
export function RecordDatePicker<K extends string>({
  form,
  field,
  ...props
}: Bound<K> & Unbound<DatePickerProps>) {
  return (
    <DatePicker
      id={form.idFor(field)}
      value={form.values[field] || null}
      onChange={(value) => form.set(field, value ?? '')}
      errorMessage={form.errorFor(field)}
      {...props}
    />
  );
}
