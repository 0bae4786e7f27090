import { useApolloClient } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import {
  BoardColumnCasesDocument,
  type CaseBoardFilter,
  type CaseBoardQuery,
  type CaseStage,
} from '../../gql/graphql';
import type { BoardCard, BoardColumn } from './board-filter';
import { MORE_PAGE_SIZE } from './board-sizes';

interface MoreCards {
  cases: BoardCard[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The board carries the first cards of each column; a column with more reads them through the case list, page by page,
 * with the same filter and order. What was read belongs to the board it was read for (a new board starts over).
 */
export function useMoreCards(board: CaseBoardQuery, filter: CaseBoardFilter) {
  const apollo = useApolloClient();
  const [more, setMore] = useState<{ board: CaseBoardQuery; columns: Partial<Record<CaseStage, MoreCards>> }>(
    {
      board,
      columns: {},
    },
  );
  const [loading, setLoading] = useState<CaseStage | null>(null);
  const [failed, setFailed] = useState<CaseStage | null>(null);
  const current = more.board === board ? more.columns : {};

  const showMore = useCallback(
    async (stage: CaseStage) => {
      setLoading(stage);
      setFailed(null);
      try {
        const after = current[stage]?.endCursor ?? null;
        const { data } = await apollo.query({
          query: BoardColumnCasesDocument,
          variables: {
            filter: { ...filter, officeId: board.caseBoard.officeId, stages: [stage] },
            first: MORE_PAGE_SIZE,
            after,
          },
          fetchPolicy: 'no-cache',
        });
        if (!data) throw new Error('no data');
        const page = data.cases;
        const earlier = after ? (current[stage]?.cases ?? []) : [];
        const next: MoreCards = {
          cases: [...earlier, ...page.edges.map((edge) => edge.node)],
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
        };
        setMore({ board, columns: { ...current, [stage]: next } });
      } catch {
        setFailed(stage);
      } finally {
        setLoading(null);
      }
    },
    [apollo, board, current, filter],
  );

  const columns = useMemo(
    () =>
      board.caseBoard.columns.map((column): BoardColumn => {
        const extra = current[column.stage];
        return extra ? { ...column, cases: extra.cases, hasMore: extra.hasNextPage } : column;
      }),
    [board, current],
  );
  return { columns, showMore, loading, failed };
}
