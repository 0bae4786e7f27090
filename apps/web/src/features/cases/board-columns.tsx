import { KanbanList } from '@kakehashi/web-ui';
import { memo, useCallback, useMemo } from 'react';
import type { BoardCard, BoardColumn } from './board-filter';
import { dropTypeFor, dropTypesOfCard } from './board-moves';
import { CaseCard, type BoardNames } from './case-card';
import { boardMessages } from './messages';

const text = boardMessages.board;

export interface BoardColumnsProps {
  columns: readonly BoardColumn[];
  names: BoardNames;
  /** Whether the reader may move cases (headquarters and consultants; administrators read only). */
  mayMove: boolean;
  /** Move a card to its next stage (by the menu, by drag, or by keyboard drag). */
  onAdvance: (card: BoardCard) => void;
  busy: boolean;
}

/**
 * The columns, one per stage, with the API's exact count each. Side by side in a region that scrolls sideways on its
 * own on wide screens; stacked on narrow ones (200 % zoom), so the page itself never scrolls sideways.
 */
export function BoardColumns({ columns, names, mayMove, onAdvance, busy }: BoardColumnsProps) {
  // A card dropped on a column comes from another one: found by id among all the board's cards.
  const onDropCase = useCallback(
    (id: string) => {
      const card = columns.flatMap((column) => column.cases).find((each) => each.id === id);
      if (card) onAdvance(card);
    },
    [columns, onAdvance],
  );
  return (
    <div
      role="region"
      aria-label={text.region}
      aria-busy={busy}
      tabIndex={0}
      className="rounded-16 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow md:overflow-x-auto"
    >
      <div className="flex flex-col gap-4 pb-2 md:flex-row md:items-start">
        {columns.map((column) => (
          <StageColumn
            key={column.stage}
            column={column}
            names={names}
            mayMove={mayMove}
            onAdvance={onAdvance}
            onDropCase={onDropCase}
          />
        ))}
      </div>
    </div>
  );
}

const StageColumn = memo(function StageColumn({
  column,
  names,
  mayMove,
  onAdvance,
  onDropCase,
}: {
  column: BoardColumn;
  names: BoardNames;
  mayMove: boolean;
  onAdvance: (card: BoardCard) => void;
  onDropCase: (id: string) => void;
}) {
  const headingId = `board-column-${column.stage}`;
  const textValue = useCallback(
    (card: BoardCard) =>
      boardMessages.card.textValue(
        card.number,
        names.company(card.sendingCompany.id),
        names.company(card.receivingCompany.id),
      ),
    [names],
  );
  const accepts = useMemo(() => dropTypeFor(column.stage), [column.stage]);
  return (
    <section
      aria-labelledby={headingId}
      data-stage={column.stage}
      className="flex w-full shrink-0 flex-col gap-2 rounded-16 bg-solid-gray-100 p-3 md:w-72"
    >
      <h2 id={headingId} className="flex flex-wrap items-baseline justify-between gap-x-2 font-bold">
        <span>{column.stageLabel}</span>
        {/* The space between keeps one name to hear: 「STEP1 情報収集 12件」. */}{' '}
        <span className="text-lg">{text.count(column.count)}</span>
      </h2>
      {column.hasMore ? (
        <p className="text-sm text-solid-gray-800">{text.showingFirst(column.cases.length)}</p>
      ) : null}
      <KanbanList
        labelledBy={headingId}
        items={column.cases}
        textValue={textValue}
        emptyLabel={text.empty}
        accepts={accepts}
        dropTypesOf={dropTypesOfCard}
        onDropItem={onDropCase}
        isDragDisabled={!mayMove}
      >
        {(card) => <CaseCard card={card} names={names} mayMove={mayMove} onAdvance={onAdvance} />}
      </KanbanList>
    </section>
  );
});
