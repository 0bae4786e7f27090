import { ActionMenu } from '@kakehashi/web-ui';
import { memo } from 'react';
import { CaseLink } from '../../shared/case-link';
import type { BoardCard } from './board-filter';
import { MOVE_ADVANCE, moveMenuItems } from './board-moves';
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
 * (for those who may) the 「段階を移す」 menu. Plain elements only: a board holds hundreds of these.
 */
export const CaseCard = memo(function CaseCard({
  card,
  names,
  mayMove,
  onAdvance,
}: {
  card: BoardCard;
  names: BoardNames;
  mayMove: boolean;
  onAdvance: (card: BoardCard) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <CaseLink caseId={card.id} className="font-bold text-blue-900 underline underline-offset-4">
          {text.title(card.number)}
        </CaseLink>
        <span className="text-sm text-solid-gray-700">{names.moveType(card.moveType)}</span>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm [overflow-wrap:anywhere]">
        <dt className="text-solid-gray-700">{text.sending}</dt>
        <dd>{names.company(card.sendingCompany.id)}</dd>
        <dt className="text-solid-gray-700">{text.receiving}</dt>
        <dd>{names.company(card.receivingCompany.id)}</dd>
        <dt className="text-solid-gray-700">{text.people}</dt>
        <dd>{text.peopleValue(card.peoplePlanned, card.peopleEstablished)}</dd>
        <dt className="text-solid-gray-700">{text.consultants}</dt>
        <dd>
          {text.consultantsValue(
            names.consultant(card.sendingConsultantId),
            names.consultant(card.receivingConsultantId),
          )}
        </dd>
        <dt className="text-solid-gray-700">{text.daysInStage}</dt>
        <dd className="font-bold">{text.days(card.daysInStage)}</dd>
      </dl>
      {mayMove && card.nextStage ? (
        <div>
          <ActionMenu
            label={boardMessages.move.menu}
            accessibleLabel={boardMessages.move.menuFor(card.number)}
            items={moveMenuItems(card)}
            onAction={(id) => {
              if (id === MOVE_ADVANCE) onAdvance(card);
            }}
          />
        </div>
      ) : null}
    </div>
  );
});
