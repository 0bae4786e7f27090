import { useQuery } from '@apollo/client/react';
import { getRouteApi } from '@tanstack/react-router';
import {
  DismissedForReceivingOfferDocument,
  DismissedForSendingOfferDocument,
  ReceivingOfferMatchesDocument,
  SendingOfferMatchesDocument,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { toMatchFilters } from './match-search';
import type { MatchedOffer, RankedMatch } from './match-view';
import { MatchesView } from './matches-view';
import { matchingMessages as text } from './messages';

/** How many counterparts a ranking shows: the top of the list is what a consultant works through. */
const PAGE_SIZE = 30;

const sendingRoute = getRouteApi('/signed-in/offers/sending/$offerId/matches');
const receivingRoute = getRouteApi('/signed-in/offers/receiving/$offerId/matches');

/** An unknown or malformed offer id reads as "not found"; anything else is the route's failure page. */
function missingOffer(error: unknown): boolean {
  const code = apiErrorOf(error)?.code;
  return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
}

/** Receiving offers ranked for a sending offer. */
export function SendingMatchesPage() {
  const { offerId } = sendingRoute.useParams();
  const search = sendingRoute.useSearch();
  const navigate = sendingRoute.useNavigate();
  const ranking = useQuery(SendingOfferMatchesDocument, {
    variables: { id: offerId, filters: toMatchFilters(search), first: PAGE_SIZE },
  });
  const dismissed = useQuery(DismissedForSendingOfferDocument, { variables: { id: offerId } });
  const error = ranking.error ?? dismissed.error;
  if (error && !missingOffer(error)) throw error;

  const found = ranking.data?.sendingOffer;
  const offer: MatchedOffer | null | undefined =
    error || ranking.data?.sendingOffer === null
      ? null
      : found && {
          id: found.id,
          company: found.company.legalName,
          jobTitle: found.jobTitle,
          peopleText: text.offer.sendingPeople(found.peopleCount, found.peopleAvailable),
          remaining: found.peopleAvailable,
        };
  const matches: RankedMatch[] | undefined = ranking.data?.matchesForSendingOffer.items.map((item) => ({
    ...item,
    company: item.counterpart.company.legalName,
    jobTitle: item.counterpart.jobTitle,
    remaining: item.counterpart.peopleRemaining,
  }));
  return (
    <MatchesView
      side="sending"
      offerId={offerId}
      search={search}
      onSearch={(next) => void navigate({ search: next })}
      offer={offer}
      matches={matches}
      indexed={ranking.data?.matchesForSendingOffer.counterpartsIndexed ?? 0}
      dismissed={
        dismissed.data && {
          items: dismissed.data.dismissed.edges.map((edge) => edge.node),
          totalCount: dismissed.data.dismissed.totalCount,
        }
      }
      refresh={async () => {
        await Promise.all([ranking.refetch(), dismissed.refetch()]);
      }}
    />
  );
}

/** Sending offers ranked for a receiving offer. */
export function ReceivingMatchesPage() {
  const { offerId } = receivingRoute.useParams();
  const search = receivingRoute.useSearch();
  const navigate = receivingRoute.useNavigate();
  const ranking = useQuery(ReceivingOfferMatchesDocument, {
    variables: { id: offerId, filters: toMatchFilters(search), first: PAGE_SIZE },
  });
  const dismissed = useQuery(DismissedForReceivingOfferDocument, { variables: { id: offerId } });
  const error = ranking.error ?? dismissed.error;
  if (error && !missingOffer(error)) throw error;

  const found = ranking.data?.receivingOffer;
  const offer: MatchedOffer | null | undefined =
    error || ranking.data?.receivingOffer === null
      ? null
      : found && {
          id: found.id,
          company: found.company.legalName,
          jobTitle: found.jobTitle,
          peopleText: text.offer.receivingPeople(found.peopleWanted, found.peopleRemaining),
          remaining: found.peopleRemaining,
        };
  const matches: RankedMatch[] | undefined = ranking.data?.matchesForReceivingOffer.items.map((item) => ({
    ...item,
    company: item.counterpart.company.legalName,
    jobTitle: item.counterpart.jobTitle,
    remaining: item.counterpart.peopleAvailable,
  }));
  return (
    <MatchesView
      side="receiving"
      offerId={offerId}
      search={search}
      onSearch={(next) => void navigate({ search: next })}
      offer={offer}
      matches={matches}
      indexed={ranking.data?.matchesForReceivingOffer.counterpartsIndexed ?? 0}
      dismissed={
        dismissed.data && {
          items: dismissed.data.dismissed.edges.map((edge) => edge.node),
          totalCount: dismissed.data.dismissed.totalCount,
        }
      }
      refresh={async () => {
        await Promise.all([ranking.refetch(), dismissed.refetch()]);
      }}
    />
  );
}
