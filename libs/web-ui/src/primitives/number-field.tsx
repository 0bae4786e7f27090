import type { ReactNode } from 'react';
import { FieldError, Group, Input, Label, NumberField as AriaNumberField, Text } from 'react-aria-components';
import { fieldInputClass, RequiredMark } from './text-field';

export interface NumberFieldProps {
  id?: string;
  label: string;
  /** null: empty (an optional number not given). */
  value: number | null;
  onChange: (value: number | null) => void;
  description?: ReactNode;
  /** The server's message for this field (announced; marks the input invalid). */
  errorMessage?: string;
  isRequired?: boolean;
  minValue?: number;
  maxValue?: number;
  /** A counter word shown after the input (人, か月, 年); part of the label for screen readers. */
  unit?: string;
  formatOptions?: Intl.NumberFormatOptions;
}

/**
 * A whole number typed in half- or full-width digits, shown with thousands separators once the field is left.
 * Arrow keys step it; an empty field means "not given" (null), never 0. Without minValue/maxValue nothing typed is
 * silently changed: a value out of range reaches the server, whose message says why.
 */
export function NumberField({
  label,
  value,
  onChange,
  description,
  errorMessage,
  unit,
  formatOptions = { maximumFractionDigits: 0 },
  ...props
}: NumberFieldProps) {
  return (
    <AriaNumberField
      {...props}
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      formatOptions={formatOptions}
      isInvalid={Boolean(errorMessage)}
      isWheelDisabled
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {label}
        {unit ? <span className="sr-only">（{unit}）</span> : null}
        {props.isRequired ? <RequiredMark /> : null}
      </Label>
      <Group className="flex max-w-xs items-center gap-2">
        <Input className={fieldInputClass} />
        {unit ? (
          <span aria-hidden="true" className="shrink-0 whitespace-nowrap">
            {unit}
          </span>
        ) : null}
      </Group>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
    </AriaNumberField>
  );
}

/** 「1,234,567円」 as the field shows it when left (the API's wages are whole yen). */
export const YEN_FORMAT: Intl.NumberFormatOptions = {
  style: 'currency',
  currency: 'JPY',
  currencyDisplay: 'name',
  maximumFractionDigits: 0,
};

/** An amount of money in yen: thousands separators and 円, typed as plain digits. */
export function YenField(props: Omit<NumberFieldProps, 'formatOptions' | 'unit'>) {
  return <NumberField {...props} formatOptions={YEN_FORMAT} />;
}
