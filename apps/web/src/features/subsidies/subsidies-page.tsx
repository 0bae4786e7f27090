import { skipToken, useQuery } from '@apollo/client/react';
import { PageHeader, Tabs } from '@kakehashi/web-ui';
import { Link, useNavigate, useRouterState, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { CaseSubsidyEstimatesDocument, SubsidyRateTablesDocument } from '../../gql/graphql';
import { ConversionEstimate } from './conversion-estimate';
import { subsidyMessages } from './messages';
import { RateTablesSection } from './rate-tables-section';
import {
  carriesNames,
  kindOf,
  switchedTo,
  type EstimateKind,
  type SubsidiesSearch,
} from './subsidies-search';
import { TrainingEstimate } from './training-estimate';

const text = subsidyMessages;

/**
 * 助成金の試算: the two estimates side by side in tabs, every input in the address (a link reopens the estimate),
 * the result as the API computes it, 「案件に添付」 when opened from a case, and the dated rate tables below.
 */
export function SubsidiesPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/jobcard/subsidies' });
  const navigate = useNavigate({ from: '/jobcard/subsidies' });
  const searchStr = useRouterState({ select: (state) => state.location.searchStr });
  // An old link's names are dropped when read; its address is replaced by the one without them, so neither the
  // history nor a link copied from the address bar keeps them.
  useEffect(() => {
    if (carriesNames(searchStr)) void navigate({ search, replace: true });
  }, [navigate, search, searchStr]);
  const tables = useQuery(SubsidyRateTablesDocument).data?.subsidyRateTables ?? [];
  const kase = useQuery(
    CaseSubsidyEstimatesDocument,
    search.caseId ? { variables: { id: search.caseId } } : skipToken,
  ).data?.case;
  const kind = kindOf(search);
  const estimate = async (next: SubsidiesSearch) => {
    await navigate({ search: next });
  };
  const props = { search, tables, caseNumber: kase?.number ?? null, onEstimate: estimate };
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <div className="flex flex-col gap-6">
        {kase ? (
          <p className="flex flex-wrap gap-x-4 gap-y-1 rounded-8 border-2 border-blue-900 bg-blue-50 p-3">
            <span>{text.forCase(kase.number)}</span>
            <Link
              to="/cases/$caseId"
              params={{ caseId: kase.id }}
              className="text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {text.backToCase(kase.number)}
            </Link>
          </p>
        ) : null}
        <section className="rounded-16 bg-white p-6 shadow-sm">
          <Tabs
            label={text.kinds.label}
            tabs={[
              { id: 'training', label: text.kinds.training },
              { id: 'conversion', label: text.kinds.conversion },
            ]}
            selectedId={kind}
            onSelect={(id) => void navigate({ search: switchedTo(search, id as EstimateKind) })}
          >
            {kind === 'training' ? <TrainingEstimate {...props} /> : <ConversionEstimate {...props} />}
          </Tabs>
        </section>
        <RateTablesSection tables={tables} />
      </div>
    </>
  );
}
