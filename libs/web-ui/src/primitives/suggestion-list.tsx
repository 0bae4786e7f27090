import type { KeyboardEvent, ReactNode } from 'react';
import { ListBox, ListBoxItem } from 'react-aria-components';

/** Enter confirming an IME conversion (keyCode 229 or isComposing): never a command. */
export function isImeComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

export interface SuggestionListProps<T extends { id: string; label: string }> {
  'aria-label': string;
  items: T[];
  onChoose: (item: T) => void;
  /** Shown in the list when it has nothing to offer (nothing found, still searching, nothing typed yet). */
  emptyMessage: string;
  /** What an option shows; its accessible name is what it reads (or its `slot="label"` text). */
  children: (item: T) => ReactNode;
}

/**
 * The suggestions of a search field, shown right under it inside a React Aria `Autocomplete`: ↓ enters them, ↑↓ move
 * (the focus stays in the field; the option is its active descendant), Enter or a click chooses. Being part of the
 * page (no popover), it hides nothing else from screen readers: a popup would hide the page with aria-hidden yet
 * leave it reachable by Tab (axe `aria-hidden-focus`, adobe/react-spectrum#4937).
 */
export function SuggestionList<T extends { id: string; label: string }>(props: SuggestionListProps<T>) {
  const { items, onChoose } = props;
  return (
    <ListBox
      aria-label={props['aria-label']}
      items={items}
      onAction={(key) => {
        const item = items.find((each) => each.id === String(key));
        if (item) onChoose(item);
      }}
      className="max-h-72 overflow-auto rounded-8 border border-solid-gray-600 bg-white outline-none"
      renderEmptyState={() => <p className="px-3 py-2 text-solid-gray-700">{props.emptyMessage}</p>}
    >
      {(item) => (
        <ListBoxItem
          id={item.id}
          textValue={item.label}
          className="cursor-default px-3 py-2 outline-none focused:bg-blue-50 focused:ring-2 focused:ring-inset focused:ring-blue-900"
        >
          {props.children(item)}
        </ListBoxItem>
      )}
    </ListBox>
  );
}
