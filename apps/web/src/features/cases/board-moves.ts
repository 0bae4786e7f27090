// Moving a card: where it may go (the API names each case's next stage), what a drag carries, and how a refusal
// reads. The API decides; the screen only offers the one move the flow allows and shows the API's reasons.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorOf } from '../../shared/api-errors';
import type { CaseStage } from '../../gql/graphql';
import type { BoardCard } from './board-filter';
import { boardMessages } from './messages';

/** The drag type a column accepts: a card offers the one of its next stage only. */
export function dropTypeFor(stage: CaseStage): string {
  return `application/x-kakehashi-case-to-${stage.toLowerCase()}`;
}

export function dropTypesOfCard(card: BoardCard): string[] {
  return card.nextStage ? [dropTypeFor(card.nextStage)] : [];
}

export const MOVE_ADVANCE = 'advance';
export const MOVE_OPEN_CASE = 'open-case';

export function caseHref(caseId: string): string {
  return `/cases/${caseId}`;
}

/** The card's 「段階を移す」 menu: the next stage of its flow, and the case page for every other move. */
export function moveMenuItems(card: BoardCard): { id: string; label: string; href?: string }[] {
  const text = boardMessages.move;
  const items: { id: string; label: string; href?: string }[] = [];
  if (card.nextStage && card.nextStageLabel) {
    items.push({ id: MOVE_ADVANCE, label: text.advanceTo(card.nextStageLabel) });
  }
  items.push({ id: MOVE_OPEN_CASE, label: text.openCase, href: caseHref(card.id) });
  return items;
}

export interface MoveRefusal {
  caseId: string;
  title: string;
  /** The API's own sentence (e.g. 「STEP3 職場見学に進めません。…」). */
  message: string;
  /** Each missing item in Japanese, with its detail when the API gave one. */
  missing: string[];
  /** The case changed meanwhile: the board is reloaded to show where it stands. */
  stale: boolean;
}

interface MissingItem {
  label?: unknown;
  detail?: unknown;
}

function missingOf(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((each) => {
    const list = (each.extensions as Record<string, unknown> | undefined)?.['missing'];
    if (!Array.isArray(list)) return [];
    return (list as MissingItem[]).flatMap((item) => {
      if (typeof item.label !== 'string') return [];
      return [
        typeof item.detail === 'string' && item.detail ? `${item.label}（${item.detail}）` : item.label,
      ];
    });
  });
}

/** What to tell the user when the API refused the move (or could not be reached). */
export function refusalOf(error: unknown, card: BoardCard): MoveRefusal {
  const info = apiErrorOf(error);
  const target = card.nextStageLabel ?? '';
  return {
    caseId: card.id,
    title: boardMessages.move.refusedTitle(card.number, target),
    message: info?.message ?? boardMessages.move.failed,
    missing: missingOf(error),
    stale: info?.code === 'CONFLICT',
  };
}
