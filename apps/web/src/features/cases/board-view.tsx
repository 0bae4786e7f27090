import { PopupMenu } from '@kakehashi/web-ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseBoardChoicesQuery, CaseBoardFilter, CaseBoardQuery, CaseStage } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { BoardColumns } from './board-columns';
import { filterColumns, type BoardCard, type BoardSearch } from './board-filter';
import { MOVE_ADVANCE, moveMenuItems } from './board-moves';
import type { BoardNames } from './case-card';
import { boardMessages as text } from './messages';
import { MoveRefusalAlert } from './move-refusal';
import { useBoardMove } from './use-board-move';
import { useMoreCards } from './use-more-cards';

export interface BoardViewProps {
  board: CaseBoardQuery;
  /** The filter the board was asked with (a column's further cards are asked with the same). */
  filter: CaseBoardFilter;
  choices: CaseBoardChoicesQuery | undefined;
  /** The filter in the URL now: the loaded cards are narrowed to it before the API answers. */
  search: BoardSearch;
  mayMove: boolean;
  busy: boolean;
  refetchChoices: () => Promise<unknown>;
  /** Read the board again (after a move, or when the case changed meanwhile). */
  refetchBoard: () => Promise<unknown>;
}

/** The board itself: the columns, the move in progress, its announcement and any refusal. */
export function BoardView({
  board,
  filter,
  choices,
  search,
  mayMove,
  busy,
  refetchChoices,
  refetchBoard,
}: BoardViewProps) {
  const names = useBoardNames(choices);
  const industryOf = useCallback((id: string) => names.industry(id), [names]);
  const more = useMoreCards(board, filter);
  const moreOf = more.showMore;
  const showMore = useCallback((stage: CaseStage) => void moreOf(stage), [moreOf]);
  const columns = useMemo(
    () => filterColumns(more.columns, search, industryOf),
    [more.columns, search, industryOf],
  );
  useRefetchChoicesForUnknownNames(board, choices, refetchChoices);

  const { move, refusal, dismiss, announcement, focusNextRef } = useBoardMove(refetchBoard);
  const onAdvance = useCallback((card: BoardCard) => void move(card), [move]);
  const menu = useMoveMenu(onAdvance);
  useEffect(() => {
    const id = focusNextRef.current;
    if (!id) return;
    // The card's first control (its drag handle) in its new column.
    const control = document.querySelector<HTMLElement>(`li[data-key="${CSS.escape(id)}"] button`);
    if (!control) return;
    focusNextRef.current = null;
    control.focus();
  }, [board, focusNextRef, announcement]);

  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {refusal ? <MoveRefusalAlert refusal={refusal} onDismiss={dismiss} /> : null}
      <BoardColumns
        columns={columns}
        names={names}
        mayMove={mayMove}
        onAdvance={onAdvance}
        onOpenMenu={menu.open}
        onShowMore={showMore}
        loadingMore={more.loading}
        moreFailed={more.failed}
        busy={busy}
      />
      {menu.element}
    </>
  );
}

/** The board's one 「段階を移す」 menu, opened under the button of the card that asked. */
function useMoveMenu(onAdvance: (card: BoardCard) => void) {
  const trigger = useRef<HTMLButtonElement | null>(null);
  const [card, setCard] = useState<BoardCard | null>(null);
  const open = useCallback((asked: BoardCard, button: HTMLButtonElement) => {
    trigger.current?.setAttribute('aria-expanded', 'false');
    trigger.current = button;
    button.setAttribute('aria-expanded', 'true');
    setCard(asked);
  }, []);
  const close = useCallback(() => {
    trigger.current?.setAttribute('aria-expanded', 'false');
    setCard(null);
  }, []);
  const element = card ? (
    <PopupMenu
      triggerRef={trigger}
      isOpen
      onClose={close}
      label={text.move.menuFor(card.number)}
      items={moveMenuItems(card)}
      onAction={(id) => {
        if (id === MOVE_ADVANCE) onAdvance(card);
      }}
    />
  ) : null;
  return { open, element };
}

/** Names by id from the board's choices; the same object until the choices or the labels change. */
function useBoardNames(choices: CaseBoardChoicesQuery | undefined): BoardNames & {
  industry: (companyId: string) => string | undefined;
} {
  const moveTypeLabel = useEnumLabel('MoveType');
  const secondment = moveTypeLabel('SECONDMENT');
  const transfer = moveTypeLabel('TRANSFER');
  return useMemo(() => {
    const companies = new Map(choices?.choices.companies.map((company) => [company.id, company]));
    const consultants = new Map(choices?.choices.consultants.map((person) => [person.id, person.name]));
    const moveTypes: Record<string, string> = { SECONDMENT: secondment, TRANSFER: transfer };
    return {
      company: (id) => companies.get(id)?.legalName ?? text.card.unknown,
      industry: (id) => companies.get(id)?.jsicMajorCode,
      consultant: (id) => (id ? (consultants.get(id) ?? text.card.unknown) : text.card.unassigned),
      moveType: (value) => moveTypes[value] ?? value,
    };
  }, [choices, secondment, transfer]);
}

/** A card opened after the choices were read names someone they do not know yet: read them again, once per board. */
function useRefetchChoicesForUnknownNames(
  board: CaseBoardQuery,
  choices: CaseBoardChoicesQuery | undefined,
  refetch: () => Promise<unknown>,
): void {
  const checked = useRef<CaseBoardQuery | undefined>(undefined);
  useEffect(() => {
    if (!choices || checked.current === board) return;
    checked.current = board;
    const companies = new Set(choices.choices.companies.map((company) => company.id));
    const consultants = new Set(choices.choices.consultants.map((person) => person.id));
    const unknown = board.caseBoard.columns.some((column) =>
      column.cases.some(
        (card) =>
          !companies.has(card.sendingCompany.id) ||
          !companies.has(card.receivingCompany.id) ||
          [card.sendingConsultantId, card.receivingConsultantId].some((id) => id && !consultants.has(id)),
      ),
    );
    if (unknown) void refetch().catch(() => undefined);
  }, [board, choices, refetch]);
}
