import { Button, KanbanCard, KanbanColumn } from '@kakehashi/web-ui';
import { memo, useCallback, useMemo } from 'react';
import type { CaseStage } from '../../gql/graphql';
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
  /** Move a card to its next stage (dropped by mouse or keyboard). */
  onAdvance: (card: BoardCard) => void;
  /** Open the board's 「段階を移す」 menu for a card, under its button. */
  onOpenMenu: (card: BoardCard, trigger: HTMLButtonElement) => void;
  /** Read a column's further cards (さらに表示). */
  onShowMore: (stage: CaseStage) => void;
  loadingMore: CaseStage | null;
  moreFailed: CaseStage | null;
  busy: boolean;
}

/**
 * The columns, one per stage, with the API's exact count each. Side by side in a region that scrolls sideways on its
 * own on wide screens; stacked on narrow ones (200 % zoom), so the page itself never scrolls sideways.
 */
export function BoardColumns({
  columns,
  names,
  mayMove,
  onAdvance,
  onOpenMenu,
  onShowMore,
  loadingMore,
  moreFailed,
  busy,
}: BoardColumnsProps) {
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
      // The region scrolls sideways on its own: the keyboard must be able to scroll it even when no card is in it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
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
            onDropCase={onDropCase}
            onOpenMenu={onOpenMenu}
            onShowMore={onShowMore}
            isLoadingMore={loadingMore === column.stage}
            moreFailed={moreFailed === column.stage}
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
  onDropCase,
  onOpenMenu,
  onShowMore,
  isLoadingMore,
  moreFailed,
}: {
  column: BoardColumn;
  names: BoardNames;
  mayMove: boolean;
  onDropCase: (id: string) => void;
  onOpenMenu: (card: BoardCard, trigger: HTMLButtonElement) => void;
  onShowMore: (stage: CaseStage) => void;
  isLoadingMore: boolean;
  moreFailed: boolean;
}) {
  const headingId = `board-column-${column.stage}`;
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
      <KanbanColumn
        labelledBy={headingId}
        accepts={accepts}
        onDropItem={onDropCase}
        isDropDisabled={!mayMove}
      >
        {column.cases.length ? (
          column.cases.map((card) => (
            <BoardCardItem
              key={card.id}
              card={card}
              names={names}
              mayMove={mayMove}
              onOpenMenu={onOpenMenu}
            />
          ))
        ) : (
          <li className="p-3 text-sm text-solid-gray-700">{text.empty}</li>
        )}
      </KanbanColumn>
      {column.hasMore ? (
        <Button variant="secondary" isPending={isLoadingMore} onPress={() => onShowMore(column.stage)}>
          {text.showMore(column.count - column.cases.length)}
        </Button>
      ) : null}
      {moreFailed ? (
        <p role="alert" className="text-sm font-bold text-error-1">
          {text.showMoreFailed}
        </p>
      ) : null}
    </section>
  );
});

/** A card on the board; unchanged cards are skipped when a filter narrows their column. */
const BoardCardItem = memo(function BoardCardItem({
  card,
  names,
  mayMove,
  onOpenMenu,
}: {
  card: BoardCard;
  names: BoardNames;
  mayMove: boolean;
  onOpenMenu: (card: BoardCard, trigger: HTMLButtonElement) => void;
}) {
  return (
    <KanbanCard
      id={card.id}
      dropTypes={dropTypesOfCard(card)}
      handleLabel={boardMessages.move.handle(card.number)}
      textValue={boardMessages.card.textValue(
        card.number,
        names.company(card.sendingCompany.id),
        names.company(card.receivingCompany.id),
      )}
      isDragDisabled={!mayMove}
    >
      <CaseCard card={card} names={names} mayMove={mayMove} onOpenMenu={onOpenMenu} />
    </KanbanCard>
  );
});
