import type { KeyboardEvent, ReactNode } from 'react';
import {
  Autocomplete,
  Button as AriaButton,
  FieldError,
  Input,
  Label,
  Tag,
  TagGroup,
  TagList,
  Text,
  TextField,
} from 'react-aria-components';
import { isImeComposing, SuggestionList } from './suggestion-list';
import { fieldInputClass, RequiredMark } from './text-field';

export { isImeComposing } from './suggestion-list';

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
  suggestionsLabel?: string;
  emptyLabel?: string;
  noResultsLabel?: string;
  loadingLabel?: string;
  /** The × button's word; React Aria names the button by it and the tag (「外す 溶接」). */
  removeLabel?: string;
}

/** The id a typed text gets when it is offered as a choice of its own. */
export const CUSTOM_TAG_PREFIX = 'custom:';

/** The suggestions for what is typed: not those already chosen, and the typed text itself when asked for. */
function choicesFor(props: TagPickerProps): TagPickerItem[] {
  const chosen = new Set(props.selected.map((item) => item.id));
  const typed = props.inputValue.trim();
  const items = props.suggestions.filter((item) => !chosen.has(item.id));
  const known = [...items, ...props.selected].some((item) => item.label === typed);
  if (props.customValueLabel && typed !== '' && !known) {
    items.push({ id: `${CUSTOM_TAG_PREFIX}${typed}`, label: typed });
  }
  return items;
}

/**
 * Choose several values from a searchable list. While text is typed the suggestions show right under the field
 * (↓ enters them, ↑↓ move, Enter or a click adds one); the chosen ones are tags (←→ between them, Delete,
 * Backspace or the × button removes). Nothing outside is hidden or made unreachable while suggestions show (a popup
 * combobox would hide the page from screen readers yet leave it reachable by Tab).
 * Japanese input is safe: the Enter that confirms an IME conversion neither adds a tag nor submits the form.
 */
export function TagPicker(props: TagPickerProps) {
  const { onAdd, inputValue, onInputChange } = props;
  const items = choicesFor(props);
  const showList = inputValue.trim() !== '';

  function choose(item: TagPickerItem) {
    onAdd(item);
    onInputChange('');
  }

  function keepFormOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter in the search box is for choosing, never for sending the whole form; while composing it is the IME's.
    if (event.key === 'Enter' && !isImeComposing(event)) event.preventDefault();
  }

  return (
    <div className="flex flex-col gap-2">
      <Autocomplete
        inputValue={inputValue}
        onInputChange={onInputChange}
        // Suggestions arrive after the typing (a search); a highlight that jumped to whatever came first would make
        // Enter add something the user never looked at. ↓ enters the list, as in any combobox.
        disableAutoFocusFirst
      >
        <TextField
          id={props.id}
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
        </TextField>
        {showList ? <Suggestions {...props} items={items} onChoose={choose} /> : null}
      </Autocomplete>
      <ChosenTags {...props} />
    </div>
  );
}

function Suggestions(
  props: TagPickerProps & { items: TagPickerItem[]; onChoose: (item: TagPickerItem) => void },
) {
  const { customValueLabel } = props;
  return (
    <SuggestionList
      aria-label={props.suggestionsLabel ?? `${props.label}の候補`}
      items={props.items}
      onChoose={props.onChoose}
      emptyMessage={
        props.isLoading
          ? (props.loadingLabel ?? '検索中…')
          : (props.noResultsLabel ?? '該当する候補がありません')
      }
    >
      {(item) => (
        <>
          <span className="block">
            {item.id.startsWith(CUSTOM_TAG_PREFIX) && customValueLabel
              ? customValueLabel(item.label)
              : item.label}
          </span>
          {item.detail ? <span className="block text-sm text-solid-gray-700">{item.detail}</span> : null}
        </>
      )}
    </SuggestionList>
  );
}

function ChosenTags(props: TagPickerProps) {
  return (
    <TagGroup
      aria-label={props.selectedLabel ?? `${props.label}（選択済み）`}
      onRemove={(keys) => keys.forEach((key) => props.onRemove(String(key)))}
    >
      <TagList
        items={props.selected}
        className="flex flex-wrap gap-2"
        renderEmptyState={() => (
          <span className="text-sm text-solid-gray-700">{props.emptyLabel ?? 'まだ選択されていません'}</span>
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
  );
}
