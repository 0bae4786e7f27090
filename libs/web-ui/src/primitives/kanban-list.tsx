import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  GridList,
  GridListItem,
  isTextDropItem,
  useDragAndDrop,
  type DropItem,
} from 'react-aria-components';

/** The drag type that carries an item's id from one kanban list to another. */
export const KANBAN_ITEM_TYPE = 'application/x-kakehashi-kanban-item';

export interface KanbanListProps<T extends { id: string }> {
  /** The list's accessible name (usually the column heading's id, as aria-labelledby). */
  labelledBy: string;
  items: readonly T[];
  /** How screen readers and type-ahead name an item. */
  textValue: (item: T) => string;
  /** An item's content; the drag handle is added before it. */
  children: (item: T) => ReactNode;
  /** Shown when the list is empty. */
  emptyLabel: string;
  /**
   * The drag type this list accepts. An item may be dropped here only if it offers this type (`dropTypesOf`), so
   * the places an item may not go are not drop targets at all, for the mouse and for the keyboard.
   */
  accepts?: string;
  /** The drag types an item offers: one for each list it may be moved to. */
  dropTypesOf?: (item: T) => readonly string[];
  /** An item of another list was dropped here. */
  onDropItem?: (id: string) => void;
  /** No dragging from or dropping on this list (e.g. the reader may not move anything). */
  isDragDisabled?: boolean;
}

async function droppedId(items: DropItem[]): Promise<string | null> {
  const item = items.filter(isTextDropItem).find((each) => each.types.has(KANBAN_ITEM_TYPE));
  return item ? item.getText(KANBAN_ITEM_TYPE) : null;
}

/**
 * One column of a kanban board: a React Aria GridList whose items move to other columns by mouse drag or by keyboard
 * (focus an item's drag handle, Enter, Tab to the column, Enter; Escape cancels), announced in the user's language.
 * Arrow keys move between items and into each item's own links and buttons.
 */
export function KanbanList<T extends { id: string }>({
  labelledBy,
  items,
  textValue,
  children,
  emptyLabel,
  accepts,
  dropTypesOf,
  onDropItem,
  isDragDisabled,
}: KanbanListProps<T>) {
  const { dragAndDropHooks } = useDragAndDrop<T>({
    getItems: (keys) =>
      [...keys].flatMap((key) => {
        const item = items.find((each) => each.id === key);
        if (!item) return [];
        const offers = Object.fromEntries((dropTypesOf?.(item) ?? []).map((type) => [type, item.id]));
        return [{ ...offers, [KANBAN_ITEM_TYPE]: item.id, 'text/plain': textValue(item) }];
      }),
    getAllowedDropOperations: () => ['move'],
    acceptedDragTypes: accepts ? [accepts] : [],
    onRootDrop: accepts
      ? async (event) => {
          const id = await droppedId(event.items);
          if (id) onDropItem?.(id);
        }
      : undefined,
  });
  return (
    <GridList
      aria-labelledby={labelledBy}
      items={items}
      layout="stack"
      selectionMode="none"
      dragAndDropHooks={isDragDisabled ? undefined : dragAndDropHooks}
      renderEmptyState={() => <p className="p-3 text-sm text-solid-gray-700">{emptyLabel}</p>}
      className={({ isDropTarget }) =>
        [
          'flex min-h-24 flex-col gap-2 rounded-8 p-1 outline-none',
          'focus-visible:ring-4 focus-visible:ring-focus-yellow',
          isDropTarget ? 'bg-blue-50 ring-4 ring-blue-900' : '',
        ].join(' ')
      }
    >
      {(item) => (
        <GridListItem
          id={item.id}
          textValue={textValue(item)}
          className={({ isDragging }) =>
            [
              'flex gap-2 rounded-8 border border-solid-gray-420 bg-white p-2 outline-none',
              'focus-visible:ring-4 focus-visible:ring-focus-yellow',
              isDragging ? 'opacity-50' : '',
            ].join(' ')
          }
        >
          {({ allowsDragging }) => (
            <>
              {allowsDragging ? (
                <AriaButton
                  slot="drag"
                  className="flex min-h-11 min-w-8 shrink-0 cursor-grab items-center justify-center rounded-4 text-solid-gray-700 outline-none hover:bg-solid-gray-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
                >
                  <span aria-hidden="true">⠿</span>
                </AriaButton>
              ) : null}
              <div className="min-w-0 flex-1">{children(item)}</div>
            </>
          )}
        </GridListItem>
      )}
    </GridList>
  );
}
