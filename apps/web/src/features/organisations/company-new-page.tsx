import { useMutation } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { Link, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CreateCompanyDocument } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { CompanyForm } from './company-form';
import { companyFormErrors } from './company-form-errors';
import { createInputOf, EMPTY_COMPANY_FORM, type CompanyField } from './company-form-values';
import { ExistingCompanyLink } from './existing-company-link';
import { companyMessages } from './messages';
import { useCompanyReferenceLists } from './use-company-reference-lists';
import { choosesOffice } from './company-permissions';

const text = companyMessages.form;

/** Registers a company; the API's field errors appear at their fields and focus goes to the first. */
export function CompanyNewPage() {
  usePageTitle(text.newTitle);
  const { me } = useRouteContext({ from: '/signed-in' });
  const navigate = useNavigate();
  const { lists, error } = useCompanyReferenceLists();
  const [values, setValues] = useState(EMPTY_COMPANY_FORM);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [local, setLocal] = useState<Partial<Record<CompanyField, string>>>({});
  const [create, { loading }] = useMutation(CreateCompanyDocument);
  const chooseOffice = choosesOffice(me.role);
  if (error) throw error;

  async function submit() {
    // The size is an enum: a missing one would be refused before the API could look at any other field.
    if (!values.size) {
      setFailure(null);
      setLocal({ size: text.sizeRequired });
      return;
    }
    setLocal({});
    try {
      const result = await create({ variables: { input: createInputOf(values, { chooseOffice }) } });
      const created = result.data?.createCompany;
      if (created) {
        await navigate({
          to: '/companies/$companyId',
          params: { companyId: created.id },
          search: { saved: 'created' },
        });
      }
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
    }
  }

  return (
    <>
      <PageHeader title={text.newTitle} lead={text.newLead} />
      {lists ? (
        <CompanyForm
          values={values}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          lists={lists}
          errors={companyFormErrors(failure, local)}
          chooseOffice={chooseOffice}
          ownOfficeName={me.office?.nameJa ?? null}
          submitLabel={text.submitCreate}
          isSubmitting={loading}
          onSubmit={() => void submit()}
          notice={<ExistingCompanyLink failure={failure} />}
          cancel={
            <Link to="/companies" className="text-blue-900 underline underline-offset-4">
              {text.cancel}
            </Link>
          }
        />
      ) : (
        <p role="status">{messages.loading}</p>
      )}
    </>
  );
}
