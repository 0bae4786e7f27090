import { useQuery } from '@apollo/client/react';
import { Button, PageHeader } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { PartnerInstitutionsDocument } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { AgreementCounts } from './agreement-counts';
import { CreateInstitutionDialog } from './create-institution-dialog';
import { partnerMessages } from './messages';
import { PartnerFilters } from './partner-filters';
import { PartnerResults } from './partner-results';
import { asOfOf, pageOf, partnerFilterOf, PARTNERS_PER_PAGE, withFilters } from './partners-search';
import { usePartnerReferenceLists } from './use-partner-reference-lists';

const text = partnerMessages.list;

/** The partner institutions: agreements in force on a date, the list with its filters in the URL, registration. */
export function PartnersPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/partners' });
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { lists, error: listsError } = usePartnerReferenceLists();
  const asOf = asOfOf(search);
  const filter = partnerFilterOf(search);
  const { data, error, previousData } = useQuery(PartnerInstitutionsDocument, {
    variables: { filter, first: PARTNERS_PER_PAGE, after: pageOf(search).afterCursor, asOf },
  });
  if (listsError) throw listsError;
  const failure = error ? apiErrorOf(error) : null;
  // A refused filter is shown at its field; anything else is the route's failure page.
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);

  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={lists ? <Button onPress={() => setCreating(true)}>{text.create}</Button> : undefined}
      />
      {lists ? (
        <PartnerFilters
          // A new URL (back, forward, a link) starts the form again from what the URL says.
          key={JSON.stringify([filter, asOf])}
          search={search}
          lists={lists}
          failure={failure}
          onSearch={(filters) => void navigate({ to: '/partners', search: withFilters(filters) })}
        />
      ) : null}
      <AgreementCounts asOf={asOf} />
      {shown && !failure ? (
        <PartnerResults data={shown} search={search} asOf={asOf} filtered={Object.keys(filter).length > 0} />
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
      {creating && lists ? (
        <CreateInstitutionDialog lists={lists} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}
