import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { fieldInputClass, RequiredMark } from './text-field';

export interface SearchComboBoxItem {
  id: string;
  /** What the input shows once the item is chosen, and what screen readers read first. */
  label: string;
  /** A second line that tells similar items apart (e.g. 法人番号・所在地). */
  description?: string;
}

export interface SearchComboBoxProps {
  label: string;
  /** The items the server found for the current input (the box does not filter them again). */
  items: SearchComboBoxItem[];
  inputValue: string;
  onInputChange: (value: string) => void;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Shown in the open list when the search found nothing (or is still running). */
  emptyMessage: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  id?: string;
  placeholder?: string;
}

/**
 * A text box that searches as the user types and offers what the server found (React Aria ComboBox). Safe for
 * Japanese input: React Aria ignores key presses that belong to an IME composition (`isComposing`, keyCode 229), so
 * the Enter that confirms a conversion neither chooses an option nor submits the form around it.
 */
export function SearchComboBox({
  label,
  items,
  inputValue,
  onInputChange,
  selectedId,
  onSelect,
  emptyMessage,
  description,
  errorMessage,
  isRequired,
  id,
  placeholder,
}: SearchComboBoxProps) {
  return (
    <ComboBox
      items={items}
      inputValue={inputValue}
      onInputChange={onInputChange}
      value={selectedId}
      onChange={(key: Key | null) => {
        const chosen = key === null ? undefined : items.find((item) => item.id === String(key));
        // The input then reads the chosen item's name, or is emptied when Escape or leaving the box reverts to "none
        // chosen": React Aria leaves a controlled input as typed, and would reopen the list for text left in it.
        onInputChange(chosen ? chosen.label : '');
        onSelect(chosen ? chosen.id : null);
      }}
      allowsEmptyCollection
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {label}
        {isRequired ? <RequiredMark /> : null}
      </Label>
      <div className="flex gap-1">
        <Input id={id} className={fieldInputClass} placeholder={placeholder} />
        <AriaButton
          aria-label={`${label}の候補を表示`}
          className="min-h-11 min-w-11 rounded-8 border border-solid-gray-600 bg-white outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
      <Popover className="max-h-80 w-(--trigger-width) overflow-auto rounded-8 border border-solid-gray-600 bg-white shadow-lg">
        <ListBox<SearchComboBoxItem>
          className="outline-none"
          renderEmptyState={() => <p className="px-3 py-2 text-solid-gray-700">{emptyMessage}</p>}
        >
          {(item) => (
            <ListBoxItem
              id={item.id}
              textValue={item.label}
              className="cursor-default px-3 py-2 outline-none focused:bg-blue-50 selected:font-bold"
            >
              <Text slot="label" className="block">
                {item.label}
              </Text>
              {item.description ? (
                <Text slot="description" className="block text-sm text-solid-gray-700">
                  {item.description}
                </Text>
              ) : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
