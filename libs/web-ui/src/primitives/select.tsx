import {
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { RequiredMark } from './text-field';

export interface Option {
  value: string;
  label: string;
}

/** A labelled single choice from a short list (type-ahead and arrow keys work on the closed button). */
export function Select({
  label,
  options,
  value,
  onChange,
  placeholder = '選択してください',
  description,
  errorMessage,
  isRequired,
  id,
}: {
  label: string;
  options: Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder?: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  id?: string;
}) {
  return (
    <AriaSelect
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      placeholder={placeholder}
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {label}
        {isRequired ? <RequiredMark /> : null}
      </Label>
      {/* The id is the button's, so an ErrorSummary link or focus call lands on what the user operates. */}
      <AriaButton
        id={id}
        className="flex min-h-11 items-center justify-between rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-left outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
      >
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
      <Popover className="max-h-80 w-(--trigger-width) overflow-auto rounded-8 border border-solid-gray-600 bg-white shadow-lg">
        <ListBox items={options} className="outline-none">
          {(option) => (
            <ListBoxItem
              id={option.value}
              textValue={option.label}
              className="cursor-default px-3 py-2 outline-none focused:bg-blue-50 selected:font-bold"
            >
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
