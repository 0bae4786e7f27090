import type {
  DismissedForReceivingOfferQuery,
  DismissedForSendingOfferQuery,
  MatchPairInput,
  RankedReceivingOfferFragment,
} from '../../gql/graphql';

/** Which offer the page ranks counterparts for. */
export type MatchSide = 'sending' | 'receiving';

/** The offer being matched, as the top of the page shows it. */
export interface MatchedOffer {
  id: string;
  company: string;
  jobTitle: string;
  /** 「5人（未成立 5人）」 */
  peopleText: string;
  /** People this side can still place (the most a take-up may propose with any counterpart). */
  remaining: number;
}

/** One ranked counterpart, whichever side it is on (both ranked types have the same explanation fields). */
export type RankedMatch = Omit<RankedReceivingOfferFragment, '__typename'> & {
  counterpartId: string;
  company: string;
  jobTitle: string;
  /** People the counterpart can still take or send. */
  remaining: number;
};

/** A dismissal on record, with the counterpart it concerned. */
export type DismissedMatch =
  | DismissedForSendingOfferQuery['dismissed']['edges'][number]['node']
  | DismissedForReceivingOfferQuery['dismissed']['edges'][number]['node'];

/** The pair of offers a decision is about, from this page's offer and a counterpart. */
export function pairOf(side: MatchSide, offerId: string, counterpartId: string): MatchPairInput {
  return side === 'sending'
    ? { sendingOfferId: offerId, receivingOfferId: counterpartId }
    : { sendingOfferId: counterpartId, receivingOfferId: offerId };
}
