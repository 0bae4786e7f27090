import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, PageHeader } from '@kakehashi/web-ui';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { TalentBankSupportRequestsDocument } from '../../gql/graphql';
import { ListResults } from '../../shared/list-results';
import { talentBankMessages } from './messages';
import { SupportRequestDialog } from './support-request-dialog';
import { SupportRequestFacts } from './support-request-section';
import { supportRequestsPageOf, SUPPORT_REQUESTS_PER_PAGE } from './talent-bank-search';

const text = talentBankMessages.supportRequests;

/** The companies' support requests within the caller's reach, newest first, and recording a new one. */
export function SupportRequestsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/talent-bank/support-requests' });
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState('');
  const { data, error, previousData } = useQuery(TalentBankSupportRequestsDocument, {
    variables: { first: SUPPORT_REQUESTS_PER_PAGE, after: supportRequestsPageOf(search).afterCursor },
  });
  if (error) throw error;
  const shown = data ?? previousData;
  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <>
            {text.lead}{' '}
            <Link
              to="/talent-bank"
              className="text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {text.back}
            </Link>
          </>
        }
        actions={<Button onPress={() => setCreating(true)}>{text.create}</Button>}
      />
      <p role="status" className={status ? 'mb-4 rounded-8 bg-green-50 p-3 font-bold' : 'sr-only'}>
        {status}
      </p>
      {shown ? (
        <ListResults
          id="tb-support-results"
          text={text}
          to="/talent-bank/support-requests"
          search={search}
          page={supportRequestsPageOf(search)}
          connection={shown.talentBankSupportRequests}
        >
          {shown.talentBankSupportRequests.edges.length === 0 ? (
            <EmptyState title={text.empty}>
              <p>{text.emptyHelp}</p>
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-4">
              {shown.talentBankSupportRequests.edges.map(({ node }) => (
                <li key={node.id} className="rounded-8 border border-solid-gray-300 p-4">
                  <h3 className="mb-2 text-lg font-bold">{node.company.legalName}</h3>
                  <SupportRequestFacts request={node} />
                </li>
              ))}
            </ul>
          )}
        </ListResults>
      ) : (
        <p role="status">{messages.loading}</p>
      )}
      {creating ? (
        <SupportRequestDialog
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            setStatus(text.done);
          }}
        />
      ) : null}
    </>
  );
}
