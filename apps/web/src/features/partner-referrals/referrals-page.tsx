import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, PageHeader } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  PartnerReferralsContextDocument,
  PartnerReferralsDocument,
  type PartnerReferralsQuery,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { ListResults } from '../../shared/list-results';
import { ForwardSummary } from './forward-summary';
import { partnerReferralMessages } from './messages';
import { ReferralFilters } from './referral-filters';
import {
  exportHref,
  hasFilters,
  pageOf,
  referralFilterOf,
  REFERRALS_PER_PAGE,
  type ReferralListSearch,
} from './referral-list-search';
import { ReferralTable } from './referral-table';
import { useForwardReferrals } from './use-forward-referrals';

const text = partnerReferralMessages.list;
const linkButton =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 py-2 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/**
 * The partner's referrals (/referrals): a branch officer its branch's, the head office all branches' with the branch
 * filter and forwarding on a selection. Filters live in the URL; the Excel download carries the same filters.
 */
export function ReferralsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/referrals' });
  const navigate = useNavigate();
  const context = useQuery(PartnerReferralsContextDocument);
  const list = useQuery(PartnerReferralsDocument, {
    variables: {
      filter: referralFilterOf(search),
      first: REFERRALS_PER_PAGE,
      after: pageOf(search).afterCursor,
    },
  });
  if (context.error) throw context.error;
  const failure = list.error ? apiErrorOf(list.error) : null;
  // A refused filter is shown at its field; anything else is the route's failure page.
  if (list.error && !failure?.fields.length) throw list.error;
  const shown = list.data ?? (list.error ? undefined : list.previousData);
  const forwards = context.data?.me.forwardsReferrals ?? false;

  return (
    <>
      <PageHeader
        title={text.title}
        lead={context.data ? (forwards ? text.leadHq : text.leadBranch) : undefined}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link to={'/referrals/new' as '/'} className={linkButton}>
              {text.refer}
            </Link>
            {forwards ? (
              <Link to="/referrals/imports" className={linkButton}>
                {text.imports}
              </Link>
            ) : null}
          </div>
        }
      />
      {context.data ? (
        <ReferralFilters
          // A new URL (back, forward, a link) starts the form again from what the URL says.
          key={JSON.stringify(referralFilterOf(search))}
          search={search}
          branches={forwards ? (context.data.myPartnerInstitution.branches ?? []) : []}
          failure={failure}
          onSearch={(next) => void navigate({ to: '/referrals', search: next })}
        />
      ) : null}
      {shown && context.data && !failure ? (
        <ReferralResults
          // A new page or filter starts with nothing selected.
          key={JSON.stringify(search)}
          data={shown}
          search={search}
          forwards={forwards}
          onForwarded={() => void list.refetch()}
        />
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}

function ReferralResults({
  data,
  search,
  forwards,
  onForwarded,
}: {
  data: PartnerReferralsQuery;
  search: ReferralListSearch;
  forwards: boolean;
  onForwarded: () => void;
}) {
  const { edges } = data.referrals;
  const rows = edges.map((edge) => edge.node);
  const page = pageOf(search);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const forwarding = useForwardReferrals();
  const chosen = rows.filter((row) => selected.has(row.id));

  async function forwardChosen() {
    await forwarding.run(chosen);
    setSelected(new Set());
    onForwarded();
  }

  return (
    <>
      {forwarding.outcome ? <ForwardSummary outcome={forwarding.outcome} /> : null}
      <ListResults
        id="referrals-results"
        text={text}
        to="/referrals"
        search={search}
        page={page}
        connection={data.referrals}
        actions={
          <div className="flex flex-col items-end gap-1">
            <a href={exportHref(search)} download className={linkButton}>
              {text.export}
            </a>
            <span className="text-sm text-solid-gray-700">{text.exportHint}</span>
          </div>
        }
      >
        {forwards && rows.length ? (
          <div
            role="group"
            aria-label={partnerReferralMessages.forward.toolbar}
            className="mb-4 flex flex-wrap items-center gap-4 rounded-8 bg-solid-gray-50 p-3"
          >
            <span aria-live="polite">
              {chosen.length
                ? partnerReferralMessages.forward.selected(chosen.length)
                : partnerReferralMessages.forward.none}
            </span>
            <Button
              onPress={() => void forwardChosen()}
              isDisabled={!chosen.length}
              isPending={forwarding.pending}
            >
              {forwarding.pending
                ? partnerReferralMessages.forward.forwarding
                : partnerReferralMessages.forward.forward}
            </Button>
            {chosen.length ? (
              <Button variant="quiet" onPress={() => setSelected(new Set())}>
                {partnerReferralMessages.forward.clearSelection}
              </Button>
            ) : null}
          </div>
        ) : null}
        {rows.length === 0 ? (
          <EmptyState title={hasFilters(search) ? text.emptyFiltered : text.emptyAll}>
            {hasFilters(search) ? text.emptyFilteredHint : text.emptyAllHint}
          </EmptyState>
        ) : (
          <ReferralTable
            rows={rows}
            selection={
              forwards
                ? {
                    ids: selected,
                    toggle: (id, on) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (on) next.add(id);
                        else next.delete(id);
                        return next;
                      }),
                    togglePage: (on) => setSelected(on ? new Set(rows.map((row) => row.id)) : new Set()),
                  }
                : undefined
            }
          />
        )}
      </ListResults>
    </>
  );
}
