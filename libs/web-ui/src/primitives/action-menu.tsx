import type { ReactNode } from 'react';
import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover, type Key } from 'react-aria-components';

export interface ActionMenuItem {
  id: string;
  label: string;
  /** A link item (opens the page) instead of an action. */
  href?: string;
}

/**
 * A button that opens a short menu of actions (arrow keys, Enter, Escape; focus returns to the button). The button's
 * accessible name says what and for which record (e.g. 「案件 No.12 の段階を移す」).
 */
export function ActionMenu({
  label,
  accessibleLabel,
  items,
  onAction,
  isDisabled,
}: {
  label: ReactNode;
  accessibleLabel?: string;
  items: readonly ActionMenuItem[];
  onAction: (id: string) => void;
  isDisabled?: boolean;
}) {
  return (
    <MenuTrigger>
      <AriaButton
        aria-label={accessibleLabel}
        isDisabled={isDisabled}
        className="inline-flex min-h-11 items-center gap-1 rounded-8 border border-blue-900 bg-white px-3 text-sm font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow disabled:opacity-60"
      >
        {label}
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="min-w-48 rounded-8 border border-solid-gray-600 bg-white shadow-lg">
        <Menu
          items={items}
          onAction={(key: Key) => onAction(String(key))}
          className="max-h-80 overflow-auto p-1 outline-none"
        >
          {(item) => (
            <MenuItem
              id={item.id}
              href={item.href}
              textValue={item.label}
              className="block min-h-11 cursor-default rounded-4 px-3 py-2 text-solid-gray-900 no-underline outline-none focused:bg-blue-50 focused:underline"
            >
              {item.label}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
