// A kanban board's columns and cards, built to stay cheap with hundreds of cards: a card is plain markup until the
// pointer or the keyboard reaches its drag handle; only then does it take on React Aria's drag behaviour (mouse drag,
// and keyboard drag: Enter on the handle, Tab to a column, Enter; Escape cancels; announced in the user's language).
import {
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { Button, isTextDropItem, useDrag, useDrop, type DropItem } from 'react-aria-components';

/** The drag type that carries a card's id from one column to another. */
export const KANBAN_ITEM_TYPE = 'application/x-kakehashi-kanban-item';

async function droppedId(items: DropItem[]): Promise<string | null> {
  const item = items.filter(isTextDropItem).find((each) => each.types.has(KANBAN_ITEM_TYPE));
  return item ? item.getText(KANBAN_ITEM_TYPE) : null;
}

export interface KanbanColumnProps {
  /** The id of the column's heading: the list's name, and the drop target's. */
  labelledBy: string;
  /** The drag type this column accepts: only cards offering it (their `dropTypes`) may be dropped here. */
  accepts: string;
  /** A card of another column was dropped here. */
  onDropItem: (id: string) => void;
  isDropDisabled?: boolean;
  /** The cards (`KanbanCard`), or an empty-state item. */
  children: ReactNode;
}

/**
 * A column's list of cards and its drop target. The places a card may not go are no targets at all, for the mouse and
 * for the keyboard (Tab during a keyboard drag visits only the columns that accept the card).
 */
export function KanbanColumn({
  labelledBy,
  accepts,
  onDropItem,
  isDropDisabled,
  children,
}: KanbanColumnProps) {
  // The keyboard's drop target is a hidden button React Aria focuses during a keyboard drag (as its DropZone does).
  const dropButton = useRef<HTMLButtonElement>(null);
  const { dropProps, dropButtonProps, isDropTarget } = useDrop({
    ref: dropButton,
    isDisabled: isDropDisabled,
    hasDropButton: true,
    getDropOperation: (types) => (types.has(accepts) ? 'move' : 'cancel'),
    onDrop: (event) => {
      void droppedId(event.items).then((id) => {
        if (id) onDropItem(id);
      });
    },
  });
  return (
    <div
      {...dropProps}
      // relative: the hidden drop button is placed inside the column, never beyond a sideways-scrolling board.
      className={[
        'relative flex min-h-24 flex-col rounded-8 p-1',
        isDropTarget ? 'bg-blue-50 ring-4 ring-blue-900' : '',
      ].join(' ')}
    >
      {/* Focused during a keyboard drag: the column is the target (its heading names it). */}
      <Button
        {...dropButtonProps}
        ref={dropButton}
        excludeFromTabOrder
        aria-labelledby={labelledBy}
        className="sr-only"
      />
      <ul aria-labelledby={labelledBy} className="flex flex-col gap-2">
        {children}
      </ul>
    </div>
  );
}

export interface KanbanCardProps {
  id: string;
  /** The drag types the card offers: one for each column it may be moved to. */
  dropTypes: readonly string[];
  /** The drag handle's accessible name, e.g. 「案件 No.12 を移動」. */
  handleLabel: string;
  /** Plain text for the drag (the dragged item's text). */
  textValue: string;
  isDragDisabled?: boolean;
  children: ReactNode;
}

// Off-screen cards skip layout and paint until scrolled to (still read by screen readers and found by the page search).
const CARD_CLASS =
  'flex gap-2 rounded-8 border border-solid-gray-420 bg-white p-2 ' +
  '[content-visibility:auto] [contain-intrinsic-size:auto_11rem]';
const HANDLE_CLASS =
  'flex min-h-11 min-w-8 shrink-0 cursor-grab items-center justify-center rounded-4 text-solid-gray-700 ' +
  'outline-none hover:bg-solid-gray-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The focusable controls of a card, in order: the same index finds the same control after the card is rebuilt. */
function controlsOf(card: Element): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
}

interface CardHandlers {
  onPointerEnter: () => void;
  onPointerLeave: (event: PointerEvent<HTMLLIElement>) => void;
  onFocus: (event: FocusEvent<HTMLLIElement>) => void;
  onBlur: (event: FocusEvent<HTMLLIElement>) => void;
}

/**
 * One card: a drag handle (when it may move) and its content. At rest it is plain markup; while the pointer is over it
 * or the focus is in it, it is React Aria's draggable card. Switching rebuilds the card, so the focused control is
 * found again by its place (the next Tab goes on from there, never from the top of the page).
 */
export function KanbanCard(props: KanbanCardProps) {
  const [pointerIn, setPointerIn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);
  const focusedIndex = useRef(-1);
  const dragging = useRef(false);
  if (props.isDragDisabled || !props.dropTypes.length) {
    return (
      <li data-key={props.id} className={CARD_CLASS}>
        <div className="min-w-0 flex-1">{props.children}</div>
      </li>
    );
  }
  const handlers: CardHandlers = {
    onPointerEnter: () => setPointerIn(true),
    onPointerLeave: (event) => {
      // A button held down may be a drag starting (the pointer leaves before the browser's dragstart arrives).
      if (!dragging.current && event.buttons === 0) setPointerIn(false);
    },
    onFocus: (event) => {
      focusedIndex.current = controlsOf(event.currentTarget).indexOf(event.target as HTMLElement);
      setFocusIn(true);
    },
    onBlur: (event) => {
      if (dragging.current || event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      focusedIndex.current = -1;
      setFocusIn(false);
    },
  };
  if (!pointerIn && !focusIn) {
    return (
      <li data-key={props.id} className={CARD_CLASS} {...handlers}>
        {/* A plain button at rest: React Aria's button machinery only for the card in use. */}
        <button type="button" aria-label={props.handleLabel} className={HANDLE_CLASS}>
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="min-w-0 flex-1">{props.children}</div>
      </li>
    );
  }
  return (
    <ArmedCard
      {...props}
      handlers={handlers}
      focusedIndex={focusedIndex}
      onDragChange={(active, card) => {
        dragging.current = active;
        if (active || !card) return;
        // After a drop or a cancel: in use only if the pointer or the focus is still there.
        setPointerIn(card.matches(':hover'));
        setFocusIn(card.contains(document.activeElement));
      }}
    />
  );
}

/** The card in use: React Aria's drag, for the mouse and the keyboard (Enter on the handle). */
function ArmedCard({
  id,
  dropTypes,
  handleLabel,
  textValue,
  children,
  handlers,
  focusedIndex,
  onDragChange,
}: KanbanCardProps & {
  handlers: CardHandlers;
  focusedIndex: RefObject<number>;
  onDragChange: (active: boolean, card: HTMLLIElement | null) => void;
}) {
  const card = useRef<HTMLLIElement>(null);
  const { dragProps, dragButtonProps, isDragging } = useDrag({
    hasDragButton: true,
    onDragStart: () => onDragChange(true, card.current),
    onDragEnd: () => onDragChange(false, card.current),
    getAllowedDropOperations: () => ['move'],
    getItems: () => [
      {
        ...Object.fromEntries(dropTypes.map((type) => [type, id])),
        [KANBAN_ITEM_TYPE]: id,
        'text/plain': textValue,
      },
    ],
  });
  // Rebuilt under the focus: give it back to the same control before anything else runs.
  useLayoutEffect(() => {
    const element = card.current;
    if (!element || element.contains(document.activeElement) || focusedIndex.current < 0) return;
    controlsOf(element)[focusedIndex.current]?.focus();
  }, [focusedIndex]);
  return (
    <li
      {...dragProps}
      {...handlers}
      ref={card}
      data-key={id}
      className={`${CARD_CLASS} ${isDragging ? 'opacity-50' : ''}`}
    >
      <Button {...dragButtonProps} aria-label={handleLabel} className={HANDLE_CLASS}>
        <span aria-hidden="true">⠿</span>
      </Button>
      <div className="min-w-0 flex-1">{children}</div>
    </li>
  );
}
