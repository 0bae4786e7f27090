import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CaseBoardChoicesQuery, CaseBoardQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { BoardColumns } from './board-columns';
import { filterColumns, type BoardCard, type BoardSearch } from './board-filter';
import type { BoardNames } from './case-card';
import { boardMessages as text } from './messages';
import { MoveRefusalAlert } from './move-refusal';
import { useBoardMove } from './use-board-move';

export interface BoardViewProps {
  board: CaseBoardQuery;
  choices: CaseBoardChoicesQuery | undefined;
  /** The filter in the URL now: the loaded cards are narrowed to it before the API answers. */
  search: BoardSearch;
  mayMove: boolean;
  busy: boolean;
  refetchChoices: () => Promise<unknown>;
}

/** The board itself: the columns, the move in progress, its announcement and any refusal. */
export function BoardView({ board, choices, search, mayMove, busy, refetchChoices }: BoardViewProps) {
  const names = useBoardNames(choices);
  const industryOf = useCallback((id: string) => names.industry(id), [names]);
  const columns = useMemo(
    () => filterColumns(board.caseBoard.columns, search, industryOf),
    [board, search, industryOf],
  );
  useRefetchChoicesForUnknownNames(board, choices, refetchChoices);

  const { move, refusal, dismiss, announcement, focusNext } = useBoardMove();
  const onAdvance = useCallback((card: BoardCard) => void move(card), [move]);
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    const row = document.querySelector<HTMLElement>(`[role="row"][data-key="${CSS.escape(id)}"]`);
    if (!row) return;
    focusNext.current = null;
    row.focus();
  }, [board, focusNext, announcement]);

  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {refusal ? <MoveRefusalAlert refusal={refusal} onDismiss={dismiss} /> : null}
      <BoardColumns columns={columns} names={names} mayMove={mayMove} onAdvance={onAdvance} busy={busy} />
    </>
  );
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
