import { useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, formatDateTime, PageHeader, Select, todayInJapan } from '@kakehashi/web-ui';
import { Link, useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import {
  DashboardAnnualDocument,
  DashboardIndustryFlowsDocument,
  DashboardMonthlyDocument,
  DashboardPartnersDocument,
  DashboardScopesDocument,
  DashboardTalentBankDocument,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { AnnualPanel } from './annual-panel';
import {
  flowsPeriod,
  scopeKey,
  scopeVariables,
  searchForScopeKey,
  searchScopeKey,
  shownFiscalYear,
  type DashboardSearch,
} from './dashboard-search';
import { IndustryPanel } from './industry-panel';
import { dashboardMessages as text } from './messages';
import { MonthlyPanel } from './monthly-panel';
import { MonthReport } from './month-report';
import { PartnersPanel, TalentBankPanel } from './partner-talent-panels';
import './dashboard-print.css';

const linkClass =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** What failed, in the API's words; anything else is the route's failure page. */
function Failure({ error }: { error: unknown }) {
  const info = apiErrorOf(error);
  if (!info) throw error;
  return (
    <ErrorSummary
      title={text.failed}
      problems={[{ message: info.fields[0]?.message ?? info.message ?? text.failed }]}
    />
  );
}

function Loading() {
  return <p role="status">{text.loading}</p>;
}

type ScopeParams = ReturnType<typeof scopeVariables>;

/** The page title, the print button, the year links and the scope select (the API's scopes for this user). */
function DashboardControls({ search, fy }: { search: DashboardSearch; fy: number }) {
  const navigate = useNavigate({ from: '/dashboard' });
  const scopes = useQuery(DashboardScopesDocument, { fetchPolicy: 'cache-first' });
  const options = useMemo(
    () => (scopes.data?.statisticsScopes ?? []).map((s) => ({ value: scopeKey(s), label: s.label })),
    [scopes.data],
  );
  const chosen = searchScopeKey(search) ?? options[0]?.value ?? null;
  const withYear = (year: number): DashboardSearch => ({ ...search, fy: year });
  return (
    <div className="print:hidden">
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={
          <Button variant="secondary" onPress={() => window.print()}>
            {text.print}
          </Button>
        }
      />
      <div className="mb-6 flex flex-wrap items-end gap-4">
        <nav aria-label={text.yearNav} className="flex flex-wrap items-center gap-2">
          <Link to="/dashboard" search={withYear(fy - 1)} className={linkClass}>
            {text.previousYear}
          </Link>
          <p className="px-2 text-lg font-bold" aria-live="polite">
            {text.fiscalYear(fy)}
          </p>
          <Link to="/dashboard" search={withYear(fy + 1)} className={linkClass}>
            {text.nextYear}
          </Link>
        </nav>
        <div className="min-w-64">
          <Select
            label={text.scope}
            description={text.scopeHelp}
            options={options}
            value={chosen}
            onChange={(key) => {
              if (key) void navigate({ to: '/dashboard', search: searchForScopeKey(key, search) });
            }}
          />
        </div>
      </div>
    </div>
  );
}

/**
 * 業種間の成立状況 of the year (or of its months before the cut-over, which the API reports as `liveFrom`), with the
 * move type chosen here and kept in the URL.
 */
function IndustrySection({
  search,
  fy,
  liveFrom,
  scopeParams,
}: {
  search: DashboardSearch;
  fy: number;
  liveFrom: string | null;
  scopeParams: ScopeParams;
}) {
  const navigate = useNavigate({ from: '/dashboard' });
  const moveOptions = useEnumOptions('MoveType');
  const period = liveFrom ? flowsPeriod(fy, liveFrom) : null;
  const flows = useQuery(DashboardIndustryFlowsDocument, {
    variables: {
      from: period?.from ?? '',
      to: period?.to ?? '',
      moveType: search.move ?? null,
      ...scopeParams,
    },
    skip: !period,
  });
  const flowsData = flows.data ?? (flows.error ? undefined : flows.previousData);
  return (
    <section
      aria-labelledby="industry-heading"
      className="mb-6 rounded-16 bg-white p-6 shadow-sm print:shadow-none"
    >
      <h2 id="industry-heading" className="mb-2 text-xl font-bold">
        {text.industry.heading}（{flowsData ? flowsData.industryFlows.label : text.fiscalYear(fy)}）
      </h2>
      <div className="mb-3 max-w-64 print:hidden">
        <Select
          label={text.industry.move}
          options={[{ value: 'ALL', label: text.industry.allMoves }, ...moveOptions]}
          value={search.move ?? 'ALL'}
          onChange={(key) =>
            void navigate({
              to: '/dashboard',
              search: { ...search, move: key === 'SECONDMENT' || key === 'TRANSFER' ? key : undefined },
            })
          }
        />
      </div>
      {flows.error ? (
        <Failure error={flows.error} />
      ) : flowsData && period ? (
        <IndustryPanel
          flows={flowsData.industryFlows}
          period={period}
          moveType={search.move ?? null}
          scopeParams={scopeParams}
        />
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** The partner and talent-bank panels, each when `me` says the user reads it. */
function PartnerAndTalentPanels({
  fy,
  today,
  search,
}: {
  fy: number;
  today: string;
  search: DashboardSearch;
}) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const navigate = useNavigate();
  const partners = useQuery(DashboardPartnersDocument, {
    variables: { asOf: search.asOf ?? today },
    skip: !me.readsPartnerAgreementCounts,
  });
  const partnersData = partners.data ?? (partners.error ? undefined : partners.previousData);
  const talent = useQuery(DashboardTalentBankDocument, {
    variables: { fiscalYear: fy },
    skip: !me.readsTalentBankOutcomes,
  });
  return (
    <>
      {partnersData ? (
        <PartnersPanel
          counts={partnersData.partnerAgreementCounts}
          onAsOf={(asOf) => void navigate({ to: '/dashboard', search: { ...search, asOf }, replace: true })}
        />
      ) : null}
      {partners.error ? <Failure error={partners.error} /> : null}
      {talent.data ? (
        <TalentBankPanel outcomes={talent.data.talentBankOutcomes} currentMonth={today.slice(0, 7)} />
      ) : null}
      {talent.error ? <Failure error={talent.error} /> : null}
    </>
  );
}

/**
 * 統計ダッシュボード: a fiscal year and a scope (both in the URL) for executives, headquarters and consultants (their
 * own office: the API lists the scopes a user may choose). Partner and talent-bank panels show when `me` says the
 * user reads them.
 */
export function DashboardPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/dashboard' });
  const today = todayInJapan();
  const fy = shownFiscalYear(search);
  const scopeParams = scopeVariables(search);
  const monthly = useQuery(DashboardMonthlyDocument, { variables: { fiscalYear: fy, ...scopeParams } });
  const annual = useQuery(DashboardAnnualDocument, {
    variables: { fromFiscalYear: fy - 9, toFiscalYear: fy, ...scopeParams },
  });
  const monthlyData = monthly.data ?? (monthly.error ? undefined : monthly.previousData);
  const annualData = annual.data ?? (annual.error ? undefined : annual.previousData);
  return (
    <div className="dashboard-report">
      <DashboardControls search={search} fy={fy} />
      {monthly.error ? (
        <Failure error={monthly.error} />
      ) : monthlyData ? (
        <>
          <MonthReport
            data={monthlyData.monthlyStatistics}
            currentMonth={today.slice(0, 7)}
            createdAt={formatDateTime(new Date())}
          />
          <MonthlyPanel data={monthlyData.monthlyStatistics} scopeParams={scopeParams} />
          <IndustrySection
            search={search}
            fy={fy}
            liveFrom={monthlyData.monthlyStatistics.liveFrom}
            scopeParams={scopeParams}
          />
        </>
      ) : (
        <Loading />
      )}
      {annual.error ? (
        <Failure error={annual.error} />
      ) : annualData ? (
        <AnnualPanel
          years={annualData.annualStatistics.years}
          scopeLabel={monthlyData?.monthlyStatistics.scope.label ?? ''}
          scopeParams={scopeParams}
        />
      ) : (
        <Loading />
      )}
      <PartnerAndTalentPanels fy={fy} today={today} search={search} />
    </div>
  );
}
