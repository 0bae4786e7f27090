import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { BoardOfficesDocument, CaseBoardChoicesDocument, CaseBoardDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { toApiFilter, type BoardSearch } from './board-filter';
import { BoardFilters } from './board-filters';
import { BoardView } from './board-view';
import { boardMessages as text } from './messages';

/**
 * Cards per column. The API prices a board by its column size times everything asked of it; with cards that carry ids
 * (names come once, from the choices) 70 per column stays within the limit and nine columns hold a 500-case office.
 */
export const PER_STAGE = 70;
/** The API is asked once typing pauses; the loaded cards narrow at every keystroke meanwhile. */
const ASK_AFTER_MS = 250;

/** Screen 6: an office's cases by stage, filtered in the URL, moved by drag, keyboard or menu. */
export function BoardPage() {
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  const search = useSearch({ from: '/signed-in/cases/board' });
  const navigate = useNavigate({ from: '/cases/board' });
  const picksOffice = me.role === 'HQ_COORDINATOR' || me.role === 'ADMIN';
  const mayMove = me.role === 'HQ_COORDINATOR' || me.role === 'CONSULTANT';
  const officeId = (picksOffice ? search.office : undefined) ?? null;
  const needsOffice = !officeId && !me.office;

  const asked = useDebouncedValue(search, ASK_AFTER_MS);
  const boardQuery = useQuery(CaseBoardDocument, {
    variables: { officeId, filter: toApiFilter(asked), perStage: PER_STAGE },
    skip: needsOffice,
  });
  const choicesQuery = useQuery(CaseBoardChoicesDocument, { variables: { officeId }, skip: needsOffice });
  const officesQuery = useQuery(BoardOfficesDocument, { skip: !picksOffice });
  // While another filter is asked, the last board stays (narrowed here); another office's never does.
  const board = [boardQuery.data, boardQuery.previousData].find(
    (each) => each && (!officeId || each.caseBoard.officeId === officeId),
  );
  if (boardQuery.error && !board) throw boardQuery.error;

  const moveTypeLabel = useEnumLabel('MoveType');
  const onChange = useCallback(
    (patch: Partial<BoardSearch>) =>
      void navigate({ search: (previous) => withoutEmpty({ ...previous, ...patch }), replace: true }),
    [navigate],
  );

  return (
    <>
      <PageHeader
        title={text.title}
        lead={board ? text.lead(board.caseBoard.office.nameJa, board.caseBoard.totalCount) : undefined}
      />
      <BoardFilters
        search={search}
        onChange={onChange}
        choices={choicesQuery.data}
        offices={picksOffice ? (officesQuery.data?.offices ?? []) : null}
        moveTypeLabel={moveTypeLabel}
      />
      {needsOffice ? (
        <p>{text.chooseOffice}</p>
      ) : !board ? (
        <p role="status">{messages.loading}</p>
      ) : (
        <BoardView
          board={board}
          choices={choicesQuery.data}
          search={search}
          mayMove={mayMove}
          busy={boardQuery.loading}
          refetchChoices={choicesQuery.refetch}
        />
      )}
    </>
  );
}

function withoutEmpty(search: BoardSearch): BoardSearch {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as BoardSearch;
}
