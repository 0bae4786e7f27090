import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { MatchDecisionEntity, MatchDecisionKind } from '../../decisions/match-decision.entity';
import type { MatchExplanation } from '../../engine/match-explanation';
import type { MatchFilters } from '../../engine/match-index.contract';
import { feasibleMoveTypes } from '../../engine/move-types';
import { LiveMatchIndex, type IndexSample } from '../../live-index/live-match-index.service';
import { MatchingException } from '../../matching.exception';
import type { MatchFiltersInput } from '../dtos/match-filters.input';
import {
  toExplanationModel,
  type ReceivingOfferMatchesModel,
  type SendingOfferMatchesModel,
} from '../match.models';

interface PairDecisions {
  dismissed: Set<string>;
  takenUp: Map<string, string>;
}

/** Ranks counterparts for one offer, either side, with the explanation of every suggestion. */
@Injectable()
export class FindMatchesService {
  constructor(
    private readonly index: LiveMatchIndex,
    @InjectRepository(MatchDecisionEntity) private readonly decisions: Repository<MatchDecisionEntity>,
    @InjectRepository(SendingOfferEntity) private readonly sendingOffers: Repository<SendingOfferEntity>,
    @InjectRepository(ReceivingOfferEntity)
    private readonly receivingOffers: Repository<ReceivingOfferEntity>,
  ) {
    index.onLoaded((sample) => this.warmUp(sample));
  }

  /**
   * One ranking each way and a read of the offers it names (as the `receivingOffer` / `sendingOffer` fields do), run
   * once the index is loaded: the first ranking after start then costs what any other does. Nothing is returned.
   */
  private async warmUp({ sending, receiving }: IndexSample): Promise<void> {
    if (sending) {
      const ranked = await this.forSendingOffer(sending.id, 20);
      await this.receivingOffers.findBy({ id: In(ranked.items.map((item) => item.receivingOfferId)) });
    }
    if (receiving) {
      const ranked = await this.forReceivingOffer(receiving.id, 20);
      await this.sendingOffers.findBy({ id: In(ranked.items.map((item) => item.sendingOfferId)) });
    }
  }

  async forSendingOffer(
    id: string,
    first: number,
    input: MatchFiltersInput = {},
  ): Promise<ReceivingOfferMatchesModel> {
    if (!isUUID(id)) throw MatchingException.offerNotFound('sending', id);
    const [engine, decided] = await Promise.all([
      this.index.current(),
      this.pairDecisions({ sendingOfferId: id }, 'receivingOfferId'),
    ]);
    const profile = await this.index.sendingProfile(engine, id);
    if (!profile) throw MatchingException.offerNotFound('sending', id);
    const top = engine.topReceivingFor(profile, first, {
      filters: toFilters(input),
      excludeIds: input.includeDismissed ? undefined : decided.dismissed,
    });
    return {
      sendingOfferId: id,
      counterpartsIndexed: engine.receivingCount,
      counterpartsScored: top.scored,
      items: top.items.map((item, i) => {
        const counterpart = engine.getReceiving(item.id);
        const explanation = counterpart && explained(engine.explain(profile, counterpart));
        return {
          ...toExplanationModel(explanation ?? emptyExplanation(item.score)),
          rank: i + 1,
          receivingOfferId: item.id,
          sendingOfferId: id,
          takenUpDecisionId: decided.takenUp.get(item.id) ?? null,
          dismissed: decided.dismissed.has(item.id),
          moveTypes: counterpart ? feasibleMoveTypes(profile, counterpart) : [],
        };
      }),
    };
  }

  async forReceivingOffer(
    id: string,
    first: number,
    input: MatchFiltersInput = {},
  ): Promise<SendingOfferMatchesModel> {
    if (!isUUID(id)) throw MatchingException.offerNotFound('receiving', id);
    const [engine, decided] = await Promise.all([
      this.index.current(),
      this.pairDecisions({ receivingOfferId: id }, 'sendingOfferId'),
    ]);
    const profile = await this.index.receivingProfile(engine, id);
    if (!profile) throw MatchingException.offerNotFound('receiving', id);
    const top = engine.topSendingFor(profile, first, {
      filters: toFilters(input),
      excludeIds: input.includeDismissed ? undefined : decided.dismissed,
    });
    return {
      receivingOfferId: id,
      counterpartsIndexed: engine.sendingCount,
      counterpartsScored: top.scored,
      items: top.items.map((item, i) => {
        const counterpart = engine.getSending(item.id);
        const explanation = counterpart && explained(engine.explain(counterpart, profile));
        return {
          ...toExplanationModel(explanation ?? emptyExplanation(item.score)),
          rank: i + 1,
          sendingOfferId: item.id,
          takenUpDecisionId: decided.takenUp.get(item.id) ?? null,
          dismissed: decided.dismissed.has(item.id),
          moveTypes: counterpart ? feasibleMoveTypes(counterpart, profile) : [],
        };
      }),
    };
  }

  /** Raw SQL: on every ranking, and TypeORM's find costs more CPU than the query itself. */
  private async pairDecisions(
    where: { sendingOfferId: string } | { receivingOfferId: string },
    counterpart: 'sendingOfferId' | 'receivingOfferId',
  ): Promise<PairDecisions> {
    const [column, id] =
      'sendingOfferId' in where
        ? ['sending_offer_id', where.sendingOfferId]
        : ['receiving_offer_id', where.receivingOfferId];
    const rows = await this.decisions.query<
      { id: string; sendingOfferId: string; receivingOfferId: string; decision: MatchDecisionKind }[]
    >(
      `SELECT "id", "sending_offer_id" AS "sendingOfferId", "receiving_offer_id" AS "receivingOfferId", "decision"
         FROM "match_decisions" WHERE "${column}" = $1 AND "decision" = ANY($2::text[])`,
      [id, [MatchDecisionKind.DISMISSED, MatchDecisionKind.TAKEN_UP]],
    );
    const dismissed = new Set<string>();
    const takenUp = new Map<string, string>();
    for (const row of rows) {
      if (row.decision === MatchDecisionKind.DISMISSED) dismissed.add(row[counterpart]);
      else takenUp.set(row[counterpart], row.id);
    }
    return { dismissed, takenUp };
  }
}

function toFilters(input: MatchFiltersInput): MatchFilters {
  return {
    prefectureCodes: input.prefectureCodes,
    regions: input.regions,
    moveType: input.moveType,
    occupationCodes: input.occupationCodes,
    minScore: input.minScore,
  };
}

function explained(result: MatchExplanation | { excluded: string }): MatchExplanation | undefined {
  return 'excluded' in result ? undefined : result;
}

// Unreachable in practice (a ranked pair is never excluded); keeps the list whole if the engine ever disagrees.
function emptyExplanation(score: number): MatchExplanation {
  return { score, factors: [], reasons: [], gaps: [], notes: [] };
}
