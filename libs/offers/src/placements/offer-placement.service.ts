// People placed by an establishment (成立) leave both offers' remaining counts; a correction gives them back. Each is
// one conditional UPDATE, so two cases placing people in the same offer at once can never take more than is left.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OfferPair {
  sendingOfferId: string;
  receivingOfferId: string;
}

export interface PlacementShortfall {
  side: 'sending' | 'receiving';
  remaining: number;
}

export interface OfferRemainders {
  sendingRemaining: number;
  receivingRemaining: number;
  sendingClosed: boolean;
  receivingClosed: boolean;
}

@Injectable()
export class OfferPlacementService {
  /**
   * Takes `people` from both offers' remaining counts (closing an offer that reaches 0), inside the caller's
   * transaction. Returns the shortfalls instead when either side has fewer left; then nothing is changed.
   */
  async place(
    manager: EntityManager,
    pair: OfferPair,
    people: number,
  ): Promise<{ remainders: OfferRemainders } | { shortfalls: PlacementShortfall[] }> {
    const sending = await take(manager, 'sending_offers', 'people_available', pair.sendingOfferId, people);
    const receiving = await take(
      manager,
      'receiving_offers',
      'people_remaining',
      pair.receivingOfferId,
      people,
    );
    if (!sending || !receiving) {
      // Report both sides as they stand; the caller's transaction is rolled back by the refusal it throws.
      const current = await this.remainders(manager, pair);
      const shortfalls: PlacementShortfall[] = [];
      if (current.sendingRemaining < people)
        shortfalls.push({ side: 'sending', remaining: current.sendingRemaining });
      if (current.receivingRemaining < people) {
        shortfalls.push({ side: 'receiving', remaining: current.receivingRemaining });
      }
      return { shortfalls };
    }
    return {
      remainders: {
        sendingRemaining: sending.remaining,
        receivingRemaining: receiving.remaining,
        sendingClosed: sending.status === 'CLOSED',
        receivingClosed: receiving.status === 'CLOSED',
      },
    };
  }

  /**
   * Gives `people` back to both offers (a correction after an establishment), never beyond their counts; an offer
   * that had closed for want of people opens again.
   */
  async release(manager: EntityManager, pair: OfferPair, people: number): Promise<OfferRemainders> {
    await give(manager, 'sending_offers', 'people_available', 'people_count', pair.sendingOfferId, people);
    await give(
      manager,
      'receiving_offers',
      'people_remaining',
      'people_wanted',
      pair.receivingOfferId,
      people,
    );
    return this.remainders(manager, pair);
  }

  /**
   * One person hired into a receiving offer outside a case (a Career Talent Bank re-employment), inside the caller's
   * transaction: one place fewer, the offer closing at 0; nothing when no place is left.
   */
  async fillReceivingPlace(manager: EntityManager, receivingOfferId: string): Promise<void> {
    await take(manager, 'receiving_offers', 'people_remaining', receivingOfferId, 1);
  }

  async remainders(manager: EntityManager, pair: OfferPair): Promise<OfferRemainders> {
    const rows: {
      sending_remaining: number;
      sending_status: string;
      receiving_remaining: number;
      receiving_status: string;
    }[] = await manager.query(
      `SELECT s.people_available AS sending_remaining, s.status AS sending_status,
                r.people_remaining AS receiving_remaining, r.status AS receiving_status
           FROM sending_offers s, receiving_offers r
          WHERE s.id = $1 AND r.id = $2`,
      [pair.sendingOfferId, pair.receivingOfferId],
    );
    const row = rows[0];
    if (!row) throw new Error(`offers ${pair.sendingOfferId} / ${pair.receivingOfferId} not found`);
    return {
      sendingRemaining: row.sending_remaining,
      receivingRemaining: row.receiving_remaining,
      sendingClosed: row.sending_status === 'CLOSED',
      receivingClosed: row.receiving_status === 'CLOSED',
    };
  }
}

async function take(
  manager: EntityManager,
  table: 'sending_offers' | 'receiving_offers',
  column: 'people_available' | 'people_remaining',
  id: string,
  people: number,
): Promise<{ remaining: number; status: string } | null> {
  const rows: { remaining: number; status: string }[] = await manager.query(
    `WITH u AS (
       UPDATE "${table}"
          SET "${column}" = "${column}" - $2,
              "status" = CASE WHEN "${column}" - $2 = 0 THEN 'CLOSED' ELSE "status" END,
              "version" = "version" + 1,
              "updated_at" = now()
        WHERE "id" = $1 AND "${column}" >= $2
       RETURNING "${column}" AS remaining, "status")
     SELECT * FROM u`,
    [id, people],
  );
  return rows[0] ?? null;
}

async function give(
  manager: EntityManager,
  table: 'sending_offers' | 'receiving_offers',
  column: 'people_available' | 'people_remaining',
  countColumn: 'people_count' | 'people_wanted',
  id: string,
  people: number,
): Promise<void> {
  await manager.query(
    `WITH u AS (
       UPDATE "${table}"
          SET "${column}" = LEAST("${countColumn}", "${column}" + $2),
              "status" = CASE WHEN "status" = 'CLOSED' AND "${column}" = 0 THEN 'OPEN' ELSE "status" END,
              "version" = "version" + 1,
              "updated_at" = now()
        WHERE "id" = $1
       RETURNING "id")
     SELECT * FROM u`,
    [id, people],
  );
}
