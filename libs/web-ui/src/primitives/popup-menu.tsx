import { useEffect, useRef, type RefObject } from 'react';
import { Menu, MenuItem, Popover, type Key } from 'react-aria-components';

export interface PopupMenuItem {
  id: string;
  label: string;
  /** A link item (opens the page) instead of an action. */
  href?: string;
}

/**
 * One menu shared by many plain trigger buttons (a board's cards): opened under the button that asked, first item
 * focused, arrow keys and Enter, Escape closes and the focus returns to that button. A menu per card would cost every
 * card React Aria's trigger machinery; one menu costs it once.
 */
export function PopupMenu({
  triggerRef,
  isOpen,
  onClose,
  label,
  items,
  onAction,
}: {
  triggerRef: RefObject<HTMLElement | null>;
  isOpen: boolean;
  onClose: () => void;
  /** The menu's accessible name (e.g. 「案件 No.12 の段階を移す」). */
  label: string;
  items: readonly PopupMenuItem[];
  onAction: (id: string) => void;
}) {
  // Into the first item once open (a standalone popover would otherwise leave the focus on the menu itself).
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const frame = requestAnimationFrame(() =>
      menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [isOpen]);
  // Back to the button that opened it, once the popover (which keeps the focus while open) is gone.
  const close = () => {
    onClose();
    const trigger = triggerRef.current;
    requestAnimationFrame(() => {
      if (trigger?.isConnected && !trigger.contains(document.activeElement)) trigger.focus();
    });
  };
  return (
    <Popover
      triggerRef={triggerRef}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      placement="bottom start"
      className="min-w-48 rounded-8 border border-solid-gray-600 bg-white shadow-lg"
    >
      <Menu
        ref={menu}
        aria-label={label}
        items={items}
        onAction={(key: Key) => onAction(String(key))}
        onClose={close}
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
  );
}
