import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { AdvanceCaseFromBoardDocument } from '../../gql/graphql';
import type { BoardCard } from './board-filter';
import { refusalOf, type MoveRefusal } from './board-moves';
import { boardMessages } from './messages';

const text = boardMessages.move;

/**
 * Moves a card to its next stage through the API's advanceCase (with the version the board read). The board is
 * reloaded before the card is shown in its new column; a refusal leaves it where it was and says why.
 */
export function useBoardMove(refetchBoard: () => Promise<unknown>) {
  const [advance] = useMutation(AdvanceCaseFromBoardDocument);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const moving = useRef(false);
  /** The case to focus once it shows in its new column (keyboard users keep their place). */
  const focusNextRef = useRef<string | null>(null);

  const move = useCallback(
    async (card: BoardCard) => {
      if (!card.nextStage || moving.current) return;
      moving.current = true;
      setRefusal(null);
      setAnnouncement(text.moving(card.number));
      try {
        await advance({ variables: { input: { caseId: card.id, expectedVersion: card.version } } });
      } catch (error) {
        const refused = refusalOf(error, card);
        setAnnouncement('');
        setRefusal(refused);
        // Someone else moved or edited it: show where it stands now.
        if (refused.stale) await refetchBoard().catch(() => undefined);
        moving.current = false;
        return;
      }
      try {
        // The card shows in its new column once the board is read again.
        await refetchBoard();
        focusNextRef.current = card.id;
        setAnnouncement(text.moved(card.number, card.nextStageLabel ?? ''));
      } catch {
        // Moved, but the board could not be read again: say so; the next read shows it in place.
        setAnnouncement(text.moved(card.number, card.nextStageLabel ?? ''));
      } finally {
        moving.current = false;
      }
    },
    [advance, refetchBoard],
  );

  const dismiss = useCallback(() => setRefusal(null), []);
  return { move, refusal, dismiss, announcement, focusNextRef };
}
