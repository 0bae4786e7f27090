import type { MoveType } from '@kakehashi/offers';

/** How receiving and sending information are counted under a move-type filter (README "Statistics"). */
export function offerCountingNote(moveType: MoveType | null): string {
  const base =
    '受入情報・送出情報: その月に受け付けた受入情報・送出情報の人数（受付日で集計）。成立: その月に成立した人数（後日の訂正はその訂正日の月に計上）。';
  return moveType === null
    ? base
    : `${base}形態を指定した場合、在籍型出向・移籍のどちらも可とする情報はどちらの形態にも含めます。`;
}
