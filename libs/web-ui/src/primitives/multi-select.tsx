import {
  Button as AriaButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import type { Option } from './select';

/**
 * A labelled choice of any number of values from a list (prefectures, regions, occupations). The closed button names
 * what is chosen; the list opens with Enter, Space or arrow keys, Space or Enter toggles an option, Escape closes.
 */
export function MultiSelect({
  label,
  options,
  values,
  onChange,
  placeholder = '指定なし',
  description,
  id,
}: {
  label: string;
  options: Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  description?: string;
  id?: string;
}) {
  return (
    <AriaSelect
      selectionMode="multiple"
      value={values}
      onChange={(keys: Key[]) => onChange(keys.map(String))}
      placeholder={placeholder}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">{label}</Label>
      {/* The id is the button's, so an ErrorSummary link or focus call lands on what the user operates. */}
      <AriaButton
        id={id}
        className="flex min-h-11 items-center justify-between gap-2 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-left outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
      >
        <SelectValue className="min-w-0 break-words" />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <Popover className="max-h-80 w-(--trigger-width) overflow-auto rounded-8 border border-solid-gray-600 bg-white shadow-lg">
        <ListBox items={options} className="outline-none">
          {(option) => (
            <ListBoxItem
              id={option.value}
              textValue={option.label}
              className="group flex cursor-default items-center gap-2 px-3 py-2 outline-none focused:bg-blue-50 selected:font-bold"
            >
              {({ isSelected }) => (
                <>
                  <span
                    aria-hidden="true"
                    className="flex h-5 w-5 shrink-0 items-center justify-center rounded-4 border-2 border-solid-gray-800 bg-white"
                  >
                    {isSelected ? '✓' : ''}
                  </span>
                  {option.label}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
