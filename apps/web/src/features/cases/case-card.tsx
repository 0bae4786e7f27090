import { memo } from 'react';
import { CaseLink } from '../../shared/case-link';
import type { BoardCard } from './board-filter';
import { boardMessages } from './messages';

const text = boardMessages.card;

/** Names of the companies and consultants on the board, from its choices. */
export interface BoardNames {
  company: (id: string) => string;
  consultant: (id: string | null) => string;
  moveType: (value: string) => string;
}

/**
 * One case on the board: both companies, the people planned and established, the consultants, the days in stage, and
 * (for those who may) the 「段階を移す」 button, which opens the board's one menu. Plain elements only: a board holds
 * hundreds of these.
 */
export const CaseCard = memo(function CaseCard({
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
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <CaseLink caseId={card.id} className="font-bold text-blue-900 underline underline-offset-4">
          {text.title(card.number)}
        </CaseLink>
        <span className="text-sm text-solid-gray-700">{names.moveType(card.moveType)}</span>
      </div>
      {/* Few elements per card (a board holds hundreds): the labels are words in the line, not a list of terms. */}
      <p className="text-sm [overflow-wrap:anywhere]">
        <span className="text-solid-gray-700">{text.sending}</span> {names.company(card.sendingCompany.id)}
      </p>
      <p className="text-sm [overflow-wrap:anywhere]">
        <span className="text-solid-gray-700">{text.receiving}</span>{' '}
        {names.company(card.receivingCompany.id)}
      </p>
      <p className="text-sm">
        {text.peopleValue(card.peoplePlanned, card.peopleEstablished)}・{text.daysInStage}{' '}
        <b>{text.days(card.daysInStage)}</b>
      </p>
      <p className="text-sm">
        {text.consultants}{' '}
        {text.consultantsValue(
          names.consultant(card.sendingConsultantId),
          names.consultant(card.receivingConsultantId),
        )}
      </p>
      {mayMove && card.nextStage ? (
        <div>
          <button
            type="button"
            aria-haspopup="menu"
            aria-expanded="false"
            aria-label={boardMessages.move.menuFor(card.number)}
            onClick={(event) => onOpenMenu(card, event.currentTarget)}
            className="inline-flex min-h-11 items-center gap-1 rounded-8 border border-blue-900 bg-white px-3 text-sm font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {boardMessages.move.menu}
            <span aria-hidden="true">▾</span>
          </button>
        </div>
      ) : null}
    </div>
  );
});
