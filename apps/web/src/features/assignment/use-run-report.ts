import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AssignmentRunReportDocument, type AssignmentRunReportQuery } from '../../gql/graphql';
import { PROPOSALS_PER_PAGE, isActive, proposalVariables, type ReportSearch } from './assignment-search';
import { PROGRESS_POLL_MS } from './runs-page';

type Report = AssignmentRunReportQuery;
type ProposalPage = NonNullable<Report['assignmentRun']>['proposals'];

/** The report with this page's proposals joined on: the API prices a query by its page size, so pages are asked one by one. */
function withProposals(report: Report, proposals: ProposalPage): Report {
  return report.assignmentRun ? { ...report, assignmentRun: { ...report.assignmentRun, proposals } } : report;
}

/**
 * A run's report and its proposals, a page at a time. While the run works it is asked for again and again; the
 * proposals appear when it completes. After a decision every page already shown is asked for again, so the list
 * keeps its length and the rows the user scrolled to.
 */
export function useRunReport(runId: string, search: ReportSearch) {
  const client = useApolloClient();
  const [active, setActive] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const variables = { id: runId, ...proposalVariables(search) };
  const query = useQuery(AssignmentRunReportDocument, {
    variables,
    // A filter left and come back to is asked for again: decisions may have changed it meanwhile.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    pollInterval: active ? PROGRESS_POLL_MS : 0,
  });
  const report = query.data ?? query.previousData;
  const nowActive = report?.assignmentRun ? isActive(report.assignmentRun.status) : false;
  if (nowActive !== active) setActive(nowActive);

  async function showMore(): Promise<void> {
    const after = report?.assignmentRun?.proposals.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const shown = previous.assignmentRun?.proposals;
          const next = fetchMoreResult.assignmentRun?.proposals;
          if (!shown || !next) return previous as Report;
          return withProposals(previous as Report, { ...next, edges: [...shown.edges, ...next.edges] });
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  async function fetchPage(after: string | null): Promise<Report | undefined> {
    const { data } = await client.query({
      query: AssignmentRunReportDocument,
      variables: { ...variables, after },
      // Not written to the cache page by page: the list would shrink to one page and grow back under the user.
      fetchPolicy: 'no-cache',
    });
    return data;
  }

  async function reloadShown(): Promise<void> {
    const wanted = Math.max(report?.assignmentRun?.proposals.edges.length ?? 0, PROPOSALS_PER_PAGE);
    const edges: ProposalPage['edges'] = [];
    let last = await fetchPage(null);
    while (last?.assignmentRun) {
      const { proposals } = last.assignmentRun;
      edges.push(...proposals.edges);
      if (edges.length >= wanted || !proposals.pageInfo.hasNextPage || !proposals.pageInfo.endCursor) {
        const final = withProposals(last, { ...proposals, edges });
        query.updateQuery(() => final);
        return;
      }
      last = await fetchPage(proposals.pageInfo.endCursor);
    }
  }

  return { report, error: query.error, loadingMore, showMore, reloadShown };
}
