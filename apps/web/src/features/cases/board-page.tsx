import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { BoardOfficesDocument, CaseBoardChoicesDocument, CaseBoardDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { sameSearch, toApiFilter, withoutEmpty, type BoardSearch } from './board-filter';
import { BoardFilters } from './board-filters';
import { PER_STAGE } from './board-sizes';
import { BoardView } from './board-view';
import { boardMessages as text } from './messages';

/** The URL and the API follow once typing pauses; the loaded cards narrow at every keystroke meanwhile. */
const ASK_AFTER_MS = 250;

/** Screen 6: an office's cases by stage, filtered in the URL, moved by drag, keyboard or menu. */
export function BoardPage() {
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  const search = useSearch({ from: '/signed-in/cases/board' });
  const picksOffice = me.role === 'HQ_COORDINATOR' || me.role === 'ADMIN';
  const mayMove = me.role === 'HQ_COORDINATOR' || me.role === 'CONSULTANT';
  const officeId = (picksOffice ? search.office : undefined) ?? null;
  const needsOffice = !officeId && !me.office;

  const { draft, onChange } = useDraftSearch(search);
  const asked = useDebouncedValue(draft, ASK_AFTER_MS);
  const apiFilter = useMemo(() => toApiFilter(asked), [asked]);
  const boardQuery = useQuery(CaseBoardDocument, {
    variables: { officeId, filter: apiFilter, perStage: PER_STAGE },
    skip: needsOffice,
    // Hundreds of cards read once and replaced whole: normalising them in the cache would cost more than it saves.
    fetchPolicy: 'no-cache',
  });
  const choicesQuery = useQuery(CaseBoardChoicesDocument, { variables: { officeId }, skip: needsOffice });
  const officesQuery = useQuery(BoardOfficesDocument, { skip: !picksOffice });
  // While another filter is asked, the last board stays (narrowed here); another office's never does.
  const board = [boardQuery.data, boardQuery.previousData].find(
    (each) => each && (!officeId || each.caseBoard.officeId === officeId),
  );
  if (boardQuery.error && !board) throw boardQuery.error;

  const moveTypeLabel = useEnumLabel('MoveType');

  return (
    <>
      <PageHeader
        title={text.title}
        lead={board ? text.lead(board.caseBoard.office.nameJa, board.caseBoard.totalCount) : undefined}
      />
      <BoardFilters
        search={draft}
        onChange={onChange}
        choices={choicesQuery.data}
        // The office choice appears with its offices: an empty list would not open for an early keypress.
        offices={picksOffice ? (officesQuery.data?.offices ?? null) : null}
        moveTypeLabel={moveTypeLabel}
      />
      {needsOffice ? (
        <p>{text.chooseOffice}</p>
      ) : !board || (!choicesQuery.data && choicesQuery.loading) ? (
        // Board and names come together: one render of the cards, not a second one to fill in the names.
        <p role="status">{messages.loading}</p>
      ) : (
        <BoardView
          board={board}
          filter={apiFilter}
          choices={choicesQuery.data}
          search={draft}
          mayMove={mayMove}
          busy={boardQuery.loading}
          refetchChoices={choicesQuery.refetch}
          refetchBoard={boardQuery.refetch}
        />
      )}
    </>
  );
}

/**
 * The filter as the user sets it: applied to the loaded cards at once, written to the URL (and asked of the API) when
 * typing pauses. A URL changed from outside (back, a link, a reload) replaces it.
 */
function useDraftSearch(search: BoardSearch) {
  const navigate = useNavigate({ from: '/cases/board' });
  const [draft, setDraft] = useState(search);
  const [inUrl, setInUrl] = useState(search);
  const [written, setWritten] = useState<BoardSearch | null>(null);
  if (!sameSearch(search, inUrl)) {
    setInUrl(search);
    // Not the URL this page wrote: someone went back, followed a link or reloaded.
    if (!written || !sameSearch(search, written)) setDraft(search);
  }
  useEffect(() => {
    if (sameSearch(draft, search)) return;
    const timer = setTimeout(() => {
      setWritten(draft);
      void navigate({ search: draft, replace: true });
    }, ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, search, navigate]);
  const onChange = useCallback(
    (patch: Partial<BoardSearch>) => setDraft((current) => withoutEmpty({ ...current, ...patch })),
    [],
  );
  return { draft, onChange };
}
