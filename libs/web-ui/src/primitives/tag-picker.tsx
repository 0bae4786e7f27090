import type { KeyboardEvent, ReactNode } from 'react';
import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
  type Key,
} from 'react-aria-components';
import { fieldInputClass, RequiredMark } from './text-field';

export interface TagPickerItem {
  id: string;
  label: string;
  /** A second line in the suggestion list (e.g. the reading or the category). */
  detail?: string;
}

export interface TagPickerProps {
  /** The id of the search input (an ErrorSummary link focuses it). */
  id?: string;
  label: string;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
  /** What is chosen, in order; shown as removable tags. */
  selected: TagPickerItem[];
  onAdd: (item: TagPickerItem) => void;
  onRemove: (id: string) => void;
  /** The text typed; the caller searches with it and answers `suggestions`. */
  inputValue: string;
  onInputChange: (value: string) => void;
  suggestions: TagPickerItem[];
  isLoading?: boolean;
  /** Offer the typed text itself as a choice (e.g. a skill the dictionary lacks), labelled by this function. */
  customValueLabel?: (text: string) => string;
  selectedLabel?: string;
  emptyLabel?: string;
  noResultsLabel?: string;
  loadingLabel?: string;
  /** The × button's word; React Aria names the button by it and the tag (「外す 溶接」). */
  removeLabel?: string;
}

/** The id a typed text gets when it is offered as a choice of its own. */
export const CUSTOM_TAG_PREFIX = 'custom:';

/** Enter confirming an IME conversion (keyCode 229 or isComposing): never a command. */
export function isImeComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/**
 * Choose several values from a searchable list: a combobox to search (arrow keys, Enter to choose, Escape to close)
 * and the chosen ones as tags (arrow keys between them, Delete or Backspace or the × button to remove).
 * Japanese input is safe: the Enter that confirms an IME conversion neither chooses nor submits the form.
 */
export function TagPicker(props: TagPickerProps) {
  const {
    selected,
    onAdd,
    onRemove,
    inputValue,
    onInputChange,
    suggestions,
    customValueLabel,
    selectedLabel = `${props.label}（選択済み）`,
  } = props;
  const chosen = new Set(selected.map((item) => item.id));
  const typed = inputValue.trim();
  const items = suggestions.filter((item) => !chosen.has(item.id));
  const offersTyped =
    customValueLabel !== undefined &&
    typed !== '' &&
    ![...items, ...selected].some((item) => item.label === typed);
  if (offersTyped) items.push({ id: `${CUSTOM_TAG_PREFIX}${typed}`, label: typed });

  function choose(key: Key | null) {
    if (key === null) return;
    const item = items.find((each) => each.id === String(key));
    if (!item) return;
    onAdd(item);
    onInputChange('');
  }

  function keepFormOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter in the search box is for choosing, never for sending the whole form; while composing it is the IME's.
    if (event.key === 'Enter' && !isImeComposing(event)) event.preventDefault();
  }

  return (
    <div className="flex flex-col gap-2">
      <ComboBox
        id={props.id}
        items={items}
        inputValue={inputValue}
        onInputChange={onInputChange}
        selectedKey={null}
        onSelectionChange={choose}
        allowsCustomValue
        allowsEmptyCollection={typed !== ''}
        isRequired={props.isRequired}
        isInvalid={Boolean(props.errorMessage)}
        className="flex flex-col gap-1"
      >
        <Label className="font-bold">
          {props.label}
          {props.isRequired ? <RequiredMark /> : null}
        </Label>
        <Input className={fieldInputClass} onKeyDown={keepFormOnEnter} />
        {props.description ? (
          <Text slot="description" className="text-sm text-solid-gray-700">
            {props.description}
          </Text>
        ) : null}
        <FieldError className="text-sm font-bold text-error-1">{props.errorMessage}</FieldError>
        <Popover className="max-h-80 w-(--trigger-width) overflow-auto rounded-8 border border-solid-gray-600 bg-white shadow-lg">
          <ListBox
            className="outline-none"
            renderEmptyState={() => (
              <p className="px-3 py-2 text-solid-gray-700">
                {props.isLoading
                  ? (props.loadingLabel ?? '検索中…')
                  : (props.noResultsLabel ?? '該当する候補がありません')}
              </p>
            )}
          >
            {items.map((item) => (
              <ListBoxItem
                key={item.id}
                id={item.id}
                textValue={item.label}
                className="cursor-default px-3 py-2 outline-none focused:bg-blue-50"
              >
                <span className="block">
                  {item.id.startsWith(CUSTOM_TAG_PREFIX) && customValueLabel
                    ? customValueLabel(item.label)
                    : item.label}
                </span>
                {item.detail ? (
                  <span className="block text-sm text-solid-gray-700">{item.detail}</span>
                ) : null}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </ComboBox>
      <TagGroup aria-label={selectedLabel} onRemove={(keys) => keys.forEach((key) => onRemove(String(key)))}>
        <TagList
          items={selected}
          className="flex flex-wrap gap-2"
          renderEmptyState={() => (
            <span className="text-sm text-solid-gray-700">
              {props.emptyLabel ?? 'まだ選択されていません'}
            </span>
          )}
        >
          {(item) => (
            <Tag
              id={item.id}
              textValue={item.label}
              className="flex items-center gap-1 rounded-full border border-blue-900 bg-blue-50 py-1 pl-3 pr-1 text-blue-1000 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {item.label}
              <AriaButton
                slot="remove"
                aria-label={props.removeLabel ?? '外す'}
                className="inline-flex h-8 w-8 items-center justify-center rounded-full outline-none hover:bg-blue-100 focus-visible:ring-4 focus-visible:ring-focus-yellow"
              >
                <span aria-hidden="true">×</span>
              </AriaButton>
            </Tag>
          )}
        </TagList>
      </TagGroup>
    </div>
  );
}
