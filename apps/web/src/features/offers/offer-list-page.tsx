import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { ReceivingOfferListDocument, SendingOfferListDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { offersMessages, type OfferKind } from './messages';
import { OfferFilters } from './offer-filters';
import {
  hasFilters,
  nextPage,
  OFFER_PAGE_SIZE,
  offerFilterOf,
  pageOf,
  previousPage,
  withFilter,
  type OfferListFilterKey,
  type OfferListSearch,
} from './offer-list-search';
import { OfferTable, type OfferRow } from './offer-table';
import { useOfferReferenceData } from './use-offer-reference-data';

const text = offersMessages.list;
const sendingRoute = getRouteApi('/signed-in/offers/sending');
const receivingRoute = getRouteApi('/signed-in/offers/receiving');

interface ListResult {
  rows: OfferRow[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export function SendingOffersPage() {
  const search = sendingRoute.useSearch();
  const navigate = sendingRoute.useNavigate();
  const moveType = useEnumLabel('MoveTypeWanted');
  const { data, previousData, error } = useQuery(SendingOfferListDocument, {
    variables: { filter: offerFilterOf(search), first: OFFER_PAGE_SIZE, after: pageOf(search).after },
  });
  const shown = data ?? previousData;
  if (error && !shown) throw error;
  const result: ListResult | null = shown
    ? {
        rows: shown.sendingOffers.edges.map(({ node }) => ({
          id: node.id,
          jobTitle: node.jobTitle,
          companyName: node.company.legalName,
          status: node.status,
          people: node.peopleCount,
          left: node.peopleAvailable,
          moveTypes: moveType(node.moveType),
          occupation: node.occupation.nameJa,
          office: node.owningOffice.nameJa,
          receivedOn: node.receivedOn,
        })),
        totalCount: shown.sendingOffers.totalCount,
        ...shown.sendingOffers.pageInfo,
      }
    : null;
  return (
    <OfferListView
      kind="sending"
      search={search}
      result={result}
      isFresh={Boolean(data)}
      onSearch={(next) => void navigate({ search: next })}
    />
  );
}

export function ReceivingOffersPage() {
  const search = receivingRoute.useSearch();
  const navigate = receivingRoute.useNavigate();
  const moveType = useEnumLabel('MoveType');
  const { data, previousData, error } = useQuery(ReceivingOfferListDocument, {
    variables: { filter: offerFilterOf(search), first: OFFER_PAGE_SIZE, after: pageOf(search).after },
  });
  const shown = data ?? previousData;
  if (error && !shown) throw error;
  const result: ListResult | null = shown
    ? {
        rows: shown.receivingOffers.edges.map(({ node }) => ({
          id: node.id,
          jobTitle: node.jobTitle,
          companyName: node.company.legalName,
          status: node.status,
          people: node.peopleWanted,
          left: node.peopleRemaining,
          moveTypes: node.moveTypes.map(moveType).join('・'),
          occupation: node.occupation.nameJa,
          office: node.owningOffice.nameJa,
          receivedOn: node.receivedOn,
        })),
        totalCount: shown.receivingOffers.totalCount,
        ...shown.receivingOffers.pageInfo,
      }
    : null;
  return (
    <OfferListView
      kind="receiving"
      search={search}
      result={result}
      isFresh={Boolean(data)}
      onSearch={(next) => void navigate({ search: next })}
    />
  );
}

function OfferListView({
  kind,
  search,
  result,
  isFresh,
  onSearch,
}: {
  kind: OfferKind;
  search: OfferListSearch;
  result: ListResult | null;
  isFresh: boolean;
  onSearch: (search: OfferListSearch) => void;
}) {
  const title = offersMessages.kindName(kind);
  usePageTitle(title);
  const reference = useOfferReferenceData();
  const page = pageOf(search);
  const first = (page.number - 1) * OFFER_PAGE_SIZE;
  const nextOf = ({ hasNextPage, endCursor }: ListResult) =>
    hasNextPage && endCursor ? () => onSearch(nextPage(search, endCursor)) : null;
  return (
    <>
      <PageHeader
        title={title}
        lead={text.lead[kind]}
        actions={
          <Link
            to={kind === 'sending' ? '/offers/sending/new' : '/offers/receiving/new'}
            className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 py-2 font-bold text-white outline-none hover:bg-blue-1000 focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2"
          >
            {text.create(kind)}
          </Link>
        }
      />
      <OfferFilters
        kind={kind}
        search={search}
        reference={reference}
        onChange={(key: OfferListFilterKey, value) => onSearch(withFilter(search, key, value))}
      />
      <div aria-busy={!isFresh}>
        <p role="status" className="mb-3 font-bold">
          {result ? text.total(result.totalCount, first + 1, first + result.rows.length) : messages.loading}
        </p>
        {result ? (
          <>
            <OfferTable kind={kind} rows={result.rows} filtered={hasFilters(search)} />
            <OfferPager
              page={page.number}
              pages={Math.max(1, Math.ceil(result.totalCount / OFFER_PAGE_SIZE))}
              onPrevious={page.number > 1 ? () => onSearch(previousPage(search)) : null}
              onNext={nextOf(result)}
            />
          </>
        ) : null}
      </div>
    </>
  );
}

function OfferPager({
  page,
  pages,
  onPrevious,
  onNext,
}: {
  page: number;
  pages: number;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}) {
  if (!onPrevious && !onNext) return null;
  const button =
    'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow disabled:cursor-not-allowed disabled:opacity-60';
  return (
    <nav aria-label={text.paging} className="mt-4 flex flex-wrap items-center gap-3">
      <button type="button" className={button} disabled={!onPrevious} onClick={() => onPrevious?.()}>
        {text.previous}
      </button>
      <span>{text.page(page, pages)}</span>
      <button type="button" className={button} disabled={!onNext} onClick={() => onNext?.()}>
        {text.next}
      </button>
    </nav>
  );
}
