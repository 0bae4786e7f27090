import { MoveType } from '@kakehashi/offers';
import { moveMaskWanted } from './compiled-profile';
import { MOVE_SECONDMENT, MOVE_TRANSFER } from './factors';
import type { ReceivingProfile, SendingProfile } from './match-profile';

/** The kinds of move a pair can be (empty: the pair is excluded by the move-type rule). */
export function feasibleMoveTypes(
  s: Pick<SendingProfile, 'moveType'>,
  r: Pick<ReceivingProfile, 'acceptsSecondment' | 'acceptsTransfer'>,
): MoveType[] {
  const mask =
    moveMaskWanted(s.moveType) &
    ((r.acceptsSecondment ? MOVE_SECONDMENT : 0) | (r.acceptsTransfer ? MOVE_TRANSFER : 0));
  const out: MoveType[] = [];
  if (mask & MOVE_SECONDMENT) out.push(MoveType.SECONDMENT);
  if (mask & MOVE_TRANSFER) out.push(MoveType.TRANSFER);
  return out;
}
