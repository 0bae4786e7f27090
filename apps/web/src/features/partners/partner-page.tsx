import { useQuery } from '@apollo/client/react';
import { Button, PageHeader, Tabs } from '@kakehashi/web-ui';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { PartnerInstitutionDocument } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { AgreementsTab } from './agreements-tab';
import { BranchesTab } from './branches-tab';
import { ContactsTab } from './contacts-tab';
import { EditInstitutionDialog } from './edit-institution-dialog';
import { partnerFieldLabels, partnerMessages } from './messages';
import { asOfOf, PARTNER_TABS, type PartnerTab } from './partners-search';
import type { InstitutionDetail } from './use-institution-reload';
import { usePartnerReferenceLists, type PartnerReferenceLists } from './use-partner-reference-lists';
import { UsersTab } from './users-tab';

const text = partnerMessages.detail;

/** One partner institution: its record, and its branches, agreements, contacts and accounts by tab (in the URL). */
export function PartnerPage() {
  const { institutionId } = useParams({ from: '/signed-in/partners/$institutionId' });
  const search = useSearch({ from: '/signed-in/partners/$institutionId' });
  const asOf = asOfOf(search);
  const { data, error } = useQuery(PartnerInstitutionDocument, { variables: { id: institutionId, asOf } });
  const { lists, error: listsError } = usePartnerReferenceLists();
  const institution = data?.partnerInstitution;
  usePageTitle(institution?.name ?? partnerMessages.list.title);
  if (listsError) throw listsError;
  if (error && !data) {
    if (apiErrorOf(error)?.code === 'NOT_FOUND') return <NotFound />;
    throw error;
  }
  if (!institution || !lists) return <p role="status">{messages.loading}</p>;
  return <PartnerView institution={institution} lists={lists} asOf={asOf} tab={search.tab ?? 'branches'} />;
}

function BackLink() {
  return (
    <Link to="/partners" className="text-blue-900 underline underline-offset-4">
      {text.backToList}
    </Link>
  );
}

function NotFound() {
  usePageTitle(text.notFoundTitle);
  return (
    <>
      <PageHeader title={text.notFoundTitle} />
      <p className="mb-4">{text.notFound}</p>
      <BackLink />
    </>
  );
}

function PartnerView({
  institution,
  lists,
  asOf,
  tab,
}: {
  institution: InstitutionDetail;
  lists: PartnerReferenceLists;
  asOf: string;
  tab: PartnerTab;
}) {
  const navigate = useNavigate();
  const search = useSearch({ from: '/signed-in/partners/$institutionId' });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(search.saved === 'created' ? text.created : null);
  const labels = partnerFieldLabels.institution;
  const tabProps = { institution, lists, asOf, onDone: setNotice };
  const panels: Record<PartnerTab, ReactNode> = {
    branches: <BranchesTab {...tabProps} />,
    agreements: <AgreementsTab {...tabProps} />,
    contacts: <ContactsTab {...tabProps} />,
    users: <UsersTab {...tabProps} />,
  };
  return (
    <>
      <p className="mb-2">
        <BackLink />
      </p>
      <PageHeader
        title={institution.name}
        lead={institution.typeLabel}
        actions={<Button onPress={() => setEditing(true)}>{text.edit}</Button>}
      />
      {/* What the last change did (and to whose sessions), announced where the user is. */}
      <div role="status" className="empty:hidden mb-6">
        {notice ? <p className="rounded-8 border border-green-900 bg-green-50 p-3">{notice}</p> : null}
      </div>
      <section aria-labelledby="partner-basics" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
        <h2 id="partner-basics" className="mb-4 text-xl font-bold">
          {text.basics}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="font-bold">{labels.type}</dt>
            <dd>{institution.typeLabel}</dd>
          </div>
          <div>
            <dt className="font-bold">{labels.hasHqStep}</dt>
            <dd>{institution.hasHqStep ? text.hqStepYes : text.hqStepNo}</dd>
          </div>
          <div>
            <dt className="font-bold">{labels.coveredPrefectureCodes}</dt>
            <dd>
              {institution.coversWholeCountry
                ? text.wholeCountry
                : institution.coveredPrefectures.map((each) => each.nameJa).join('、')}
            </dd>
          </div>
        </dl>
      </section>
      <div className="rounded-16 bg-white p-6 shadow-sm">
        <Tabs
          label={text.tabsLabel}
          tabs={PARTNER_TABS.map((id) => ({ id, label: text.tabs[id] }))}
          selectedId={tab}
          onSelect={(id) =>
            void navigate({
              to: '/partners/$institutionId',
              params: { institutionId: institution.id },
              search: { tab: id as PartnerTab, asOf: search.asOf },
              replace: true,
            })
          }
        >
          {panels[tab]}
        </Tabs>
      </div>
      {editing ? (
        <EditInstitutionDialog
          institution={institution}
          asOf={asOf}
          lists={lists}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(text.updated);
          }}
        />
      ) : null}
    </>
  );
}
