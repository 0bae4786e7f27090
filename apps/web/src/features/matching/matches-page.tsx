import { useQuery } from '@apollo/client/react';
import { getRouteApi } from '@tanstack/react-router';
import {
  DismissedForReceivingOfferDocument,
  DismissedForSendingOfferDocument,
  ReceivingOfferMatchesDocument,
  SendingOfferMatchesDocument,
  type ReceivingOfferMatchesQuery,
  type SendingOfferMatchesQuery,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import type { MatchSearch } from './match-search';
import { toMatchFilters } from './match-search';
import type { DismissedMatch, MatchedOffer, MatchSide, RankedMatch } from './match-view';
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

/** What one side's queries answered, in the shape the shared view reads. */
interface SideAnswer {
  offer: MatchedOffer | null | undefined;
  matches: RankedMatch[] | undefined;
  indexed: number;
}

interface Loaded<T> {
  data: T | undefined;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

type DismissedAnswer = { dismissed: { edges: { node: DismissedMatch }[]; totalCount: number } };

/** The page around the view: the route's address, a missing offer and the refresh after a decision. */
function MatchesScreen(props: {
  side: MatchSide;
  offerId: string;
  search: MatchSearch;
  onSearch: (next: MatchSearch) => void;
  ranking: Loaded<unknown>;
  dismissed: Loaded<DismissedAnswer>;
  answer: SideAnswer;
}) {
  const { ranking, dismissed, answer } = props;
  const error = ranking.error ?? dismissed.error;
  if (error && !missingOffer(error)) throw error;
  return (
    <MatchesView
      side={props.side}
      offerId={props.offerId}
      search={props.search}
      onSearch={props.onSearch}
      offer={error ? null : answer.offer}
      matches={answer.matches}
      indexed={answer.indexed}
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

function sendingAnswer(data: SendingOfferMatchesQuery | undefined): SideAnswer {
  const found = data?.sendingOffer;
  return {
    offer:
      found === null
        ? null
        : found && {
            id: found.id,
            company: found.company.legalName,
            jobTitle: found.jobTitle,
            peopleText: text.offer.sendingPeople(found.peopleCount, found.peopleAvailable),
            remaining: found.peopleAvailable,
          },
    matches: data?.matchesForSendingOffer.items.map((item) => ({
      ...item,
      company: item.counterpart.company.legalName,
      jobTitle: item.counterpart.jobTitle,
      remaining: item.counterpart.peopleRemaining,
    })),
    indexed: data?.matchesForSendingOffer.counterpartsIndexed ?? 0,
  };
}

function receivingAnswer(data: ReceivingOfferMatchesQuery | undefined): SideAnswer {
  const found = data?.receivingOffer;
  return {
    offer:
      found === null
        ? null
        : found && {
            id: found.id,
            company: found.company.legalName,
            jobTitle: found.jobTitle,
            peopleText: text.offer.receivingPeople(found.peopleWanted, found.peopleRemaining),
            remaining: found.peopleRemaining,
          },
    matches: data?.matchesForReceivingOffer.items.map((item) => ({
      ...item,
      company: item.counterpart.company.legalName,
      jobTitle: item.counterpart.jobTitle,
      remaining: item.counterpart.peopleAvailable,
    })),
    indexed: data?.matchesForReceivingOffer.counterpartsIndexed ?? 0,
  };
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
  return (
    <MatchesScreen
      side="sending"
      offerId={offerId}
      search={search}
      onSearch={(next) => void navigate({ search: next })}
      ranking={ranking}
      dismissed={dismissed}
      answer={sendingAnswer(ranking.data)}
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
  return (
    <MatchesScreen
      side="receiving"
      offerId={offerId}
      search={search}
      onSearch={(next) => void navigate({ search: next })}
      ranking={ranking}
      dismissed={dismissed}
      answer={receivingAnswer(ranking.data)}
    />
  );
}
