import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Autocomplete, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { isImeComposing, SuggestionList } from './suggestion-list';
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
  /** The items the server found for the current input (the box does not filter them again); the chosen one too. */
  items: SearchComboBoxItem[];
  inputValue: string;
  onInputChange: (value: string) => void;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Shown in the open list when the search found nothing (or is still running, or nothing is typed yet). */
  emptyMessage: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  id?: string;
  placeholder?: string;
  /** The list's name for screen readers; 「<label>の候補」 unless told. */
  suggestionsLabel?: string;
}

/**
 * A text box that searches as the user types and offers what the server found, right under it (the tag picker's
 * inline `Autocomplete` list, not a popover: a popup would hide the rest of the page with aria-hidden while leaving
 * it reachable by Tab). ↓ opens the list or moves into it, ↑↓ move, Enter or a click chooses, Escape or leaving the
 * box closes it and puts back what was chosen (or empties the box: typed text that names nothing is not kept).
 * Safe for Japanese input: a key press that belongs to an IME composition (`isComposing`, keyCode 229) is the IME's,
 * so the Enter that confirms a conversion neither chooses an option nor submits the form around it.
 */
export function SearchComboBox(props: SearchComboBoxProps) {
  const { label, items, inputValue, onInputChange, selectedId, onSelect } = props;
  const [open, setOpen] = useState(false);
  const chosenLabel = items.find((item) => item.id === selectedId)?.label ?? '';

  function choose(item: SearchComboBoxItem) {
    setOpen(false);
    onInputChange(item.label);
    onSelect(item.id);
  }

  function revert() {
    setOpen(false);
    if (inputValue !== chosenLabel) onInputChange(chosenLabel);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && open) {
      // Enter in the open list is for choosing, never for sending the whole form.
      event.preventDefault();
    } else if (event.key === 'Escape' && (open || inputValue !== chosenLabel)) {
      event.stopPropagation(); // closes the list, not a dialog around it
      revert();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open) {
      event.preventDefault();
      setOpen(true);
    } else if (event.key === 'Tab' && open) {
      // Tab leaves the box, not into its list: closed first, it is not there to take the focus (Chromium lets Tab
      // stop on a scrolling list whose options cannot be focused).
      revert();
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) revert();
  }

  return (
    // Only listens for the focus leaving the box and its list (a click elsewhere); a click on the list's scroll bar
    // stays inside and leaves it open.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- not an interaction of its own
    <div className="flex flex-col gap-1" onBlur={onBlur}>
      <Autocomplete
        inputValue={inputValue}
        onInputChange={(text) => {
          onInputChange(text);
          setOpen(text.trim() !== '');
        }}
        // Results arrive after a pause; a highlight that jumped to whatever came first would make Enter choose
        // something the user never looked at. ↓ enters the list, as in any combobox.
        disableAutoFocusFirst
      >
        <ComboBoxField {...props} open={open} onKeyDown={onKeyDown} />
        {open ? (
          <SuggestionList
            aria-label={props.suggestionsLabel ?? `${label}の候補`}
            items={items}
            onChoose={choose}
            emptyMessage={props.emptyMessage}
          >
            {(item) => (
              <>
                <Text slot="label" className="block">
                  {item.label}
                </Text>
                {item.description ? (
                  <Text slot="description" className="block text-sm text-solid-gray-700">
                    {item.description}
                  </Text>
                ) : null}
              </>
            )}
          </SuggestionList>
        ) : null}
      </Autocomplete>
    </div>
  );
}

function ComboBoxField(
  props: SearchComboBoxProps & { open: boolean; onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void },
) {
  return (
    <TextField
      id={props.id}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.errorMessage)}
      validationBehavior="aria"
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {props.label}
        {props.isRequired ? <RequiredMark /> : null}
      </Label>
      <Input
        // A combobox to screen readers (a value is chosen from the list it controls), expanded while it shows.
        role="combobox"
        aria-expanded={props.open}
        className={fieldInputClass}
        placeholder={props.placeholder}
        onKeyDownCapture={(event) => {
          // The IME's keys go to the IME alone: React Aria's list handling only knows `isComposing`, and the Enter
          // that ends a composition in Safari comes with keyCode 229 but without it.
          if (isImeComposing(event)) event.stopPropagation();
        }}
        onKeyDown={props.onKeyDown}
      />
      {props.description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{props.errorMessage}</FieldError>
    </TextField>
  );
}
