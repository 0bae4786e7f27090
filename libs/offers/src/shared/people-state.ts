// How the people count, the people left and the status move together when a consultant edits an offer. People already
// placed (成立) stay placed: remaining = newCount − (oldCount − oldRemaining).
import { OFFER_FIELD_MESSAGES } from './offer-field-rules';
import { OfferStatus } from './offer-enums';

export interface PeopleState {
  count: number;
  remaining: number;
  status: OfferStatus;
}

export interface PeopleChange {
  /** The new count; undefined keeps it. */
  count?: number;
  /** The status asked for; undefined keeps it (or closes the offer when nobody is left). */
  status?: OfferStatus | null;
}

export type PeopleProblem = { field: 'count' | 'status'; message: string };

/**
 * The state after an edit, or the problems that forbid it. `label` names the count in messages (人数, 募集人数).
 * A CLOSED offer reopens only with people left; an offer whose last person is placed by shrinking the count closes.
 */
export function nextPeopleState(
  current: PeopleState,
  change: PeopleChange,
  label: string,
): { state: PeopleState; problems: PeopleProblem[] } {
  const problems: PeopleProblem[] = [];
  const placed = current.count - current.remaining;
  const count = change.count ?? current.count;
  let remaining = count - placed;
  if (remaining < 0) {
    problems.push({ field: 'count', message: OFFER_FIELD_MESSAGES.peopleBelowPlaced(label, placed) });
    remaining = 0;
  }
  let status = change.status ?? current.status;
  if (remaining === 0 && status !== OfferStatus.CLOSED) {
    if (change.status && change.status !== OfferStatus.CLOSED) {
      // Asked explicitly to be open with nobody left: refuse rather than guess.
      problems.push({ field: 'status', message: OFFER_FIELD_MESSAGES.statusReopenWithoutPeople });
    } else {
      status = OfferStatus.CLOSED;
    }
  }
  return { state: { count, remaining, status }, problems };
}
