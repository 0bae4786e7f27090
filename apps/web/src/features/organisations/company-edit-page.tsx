import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { Link, useNavigate, useParams, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CompanyDocument, UpdateCompanyDocument, type CompanyDetailFragment } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { conflictDifferences, reapplyChanges, type FieldDifference } from '../../shared/record-conflict';
import { CompanyConflictPanel } from './company-conflict-panel';
import { CompanyForm } from './company-form';
import { companyFormErrors } from './company-form-errors';
import {
  COMPANY_FIELDS,
  formValuesOf,
  updateInputOf,
  type CompanyField,
  type CompanyFormValues,
} from './company-form-values';
import { choosesOffice } from './company-permissions';
import { ExistingCompanyLink } from './existing-company-link';
import { companyMessages } from './messages';
import { useCompanyReferenceLists, type CompanyReferenceLists } from './use-company-reference-lists';

const text = companyMessages.form;

/** Edits a company against the version it was read at; a stale save is explained, never silently overwritten. */
export function CompanyEditPage() {
  const { companyId } = useParams({ from: '/signed-in/companies/$companyId/edit' });
  // Always the stored version (not a cached one): the edit's version check starts from it.
  const { data, error } = useQuery(CompanyDocument, {
    variables: { id: companyId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-only',
  });
  const { lists, error: listsError } = useCompanyReferenceLists();
  usePageTitle(data?.company ? text.editTitle(data.company.legalName) : text.loading);
  if (error) throw error;
  if (listsError) throw listsError;
  if (!data || !lists) return <p role="status">{messages.loading}</p>;
  if (!data.company) {
    return (
      <>
        <PageHeader title={companyMessages.list.title} />
        <p>{companyMessages.detail.notFound}</p>
      </>
    );
  }
  return <CompanyEditor key={data.company.id} company={data.company} lists={lists} />;
}

interface Editing {
  /** The stored version the user's edit starts from (what the version check compares against). */
  base: CompanyFormValues;
  version: number;
  values: CompanyFormValues;
}

interface Conflict {
  latest: CompanyDetailFragment;
  differences: FieldDifference<CompanyField>[];
}

function CompanyEditor({ company, lists }: { company: CompanyDetailFragment; lists: CompanyReferenceLists }) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [editing, setEditing] = useState<Editing>(() => ({
    base: formValuesOf(company),
    version: company.version,
    values: formValuesOf(company),
  }));
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateCompanyDocument);

  async function save() {
    setNotice(null);
    try {
      await update({
        variables: {
          input: updateInputOf(editing.base, editing.values, { id: company.id, version: editing.version }),
        },
      });
      await navigate({
        to: '/companies/$companyId',
        params: { companyId: company.id },
        search: { saved: 'updated' },
      });
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      if (info.reason === 'STALE_VERSION') {
        setFailure(null);
        await showConflict();
      } else {
        setFailure(info);
      }
    }
  }

  async function showConflict() {
    const result = await apollo.query({
      query: CompanyDocument,
      variables: { id: company.id },
      fetchPolicy: 'network-only',
    });
    const latest = result.data?.company;
    if (!latest) throw new Error('company disappeared during the edit');
    setConflict({
      latest,
      differences: conflictDifferences(COMPANY_FIELDS, editing.base, editing.values, formValuesOf(latest)),
    });
  }

  function resolve(keepMine: boolean) {
    if (!conflict) return;
    const current = formValuesOf(conflict.latest);
    setEditing({
      base: current,
      version: conflict.latest.version,
      values: keepMine ? reapplyChanges(COMPANY_FIELDS, editing.base, editing.values, current) : current,
    });
    setConflict(null);
    setNotice(keepMine ? companyMessages.conflict.reapplied : companyMessages.conflict.discarded);
  }

  return (
    <>
      <PageHeader title={text.editTitle(company.legalName)} lead={text.editLead} />
      {conflict ? (
        <CompanyConflictPanel
          differences={conflict.differences}
          lists={lists}
          onReapply={() => resolve(true)}
          onDiscard={() => resolve(false)}
        />
      ) : (
        <>
          {notice ? (
            <p role="status" className="mb-6 rounded-8 border border-blue-900 bg-blue-50 p-3">
              {notice}
            </p>
          ) : null}
          <CompanyForm
            values={editing.values}
            onChange={(field, value) =>
              setEditing((e) => ({ ...e, values: { ...e.values, [field]: value } }))
            }
            lists={lists}
            errors={companyFormErrors(failure)}
            chooseOffice={choosesOffice(me.role)}
            ownOfficeName={company.owningOffice.nameJa}
            submitLabel={text.submitUpdate}
            isSubmitting={loading}
            onSubmit={() => void save()}
            notice={<ExistingCompanyLink failure={failure} />}
            cancel={
              <Link
                to="/companies/$companyId"
                params={{ companyId: company.id }}
                className="text-blue-900 underline underline-offset-4"
              >
                {text.cancel}
              </Link>
            }
          />
        </>
      )}
    </>
  );
}
