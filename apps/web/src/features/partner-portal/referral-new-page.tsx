import { useMutation } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CreatePartnerReferralDocument } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { partnerMessages } from './messages';
import { ReferralForm } from './referral-form';
import { referralFormErrors } from './referral-form-errors';
import {
  createInputOf,
  EMPTY_REFERRAL_FORM,
  missingChoices,
  type ReferralField,
  type ReferralFormValues,
} from './referral-form-values';
import { useReferralFormLists } from './use-referral-form-lists';

const text = partnerMessages.form;

/** Refer a company: saved as a draft, then shown on its own page, where it is submitted. */
export function ReferralNewPage() {
  usePageTitle(text.newTitle);
  const navigate = useNavigate();
  const { lists, error } = useReferralFormLists();
  const [values, setValues] = useState<ReferralFormValues>(EMPTY_REFERRAL_FORM);
  const { failure, local, save, saving } = useSaveReferral();
  if (error) throw error;

  return (
    <>
      <PageHeader title={text.newTitle} lead={text.newLead} />
      {lists ? (
        <ReferralForm
          values={values}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          lists={lists}
          errors={referralFormErrors(failure, local)}
          submitLabel={text.saveDraft}
          isSubmitting={saving}
          onSubmit={() =>
            void save(values, async (id) => {
              await navigate({
                to: '/referrals/$referralId',
                params: { referralId: id },
                search: { saved: 'draft' },
              });
            })
          }
          cancel={
            <Link to="/" className="text-blue-900 underline underline-offset-4">
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

function useSaveReferral() {
  const [create, { loading }] = useMutation(CreatePartnerReferralDocument);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [local, setLocal] = useState<Partial<Record<ReferralField, string>>>({});

  async function save(values: ReferralFormValues, then: (id: string) => Promise<void>) {
    const missing = missingChoices(values);
    if (missing.length) {
      // The API's enum types cannot carry "not chosen": name those here, then let the API check the rest.
      setLocal(Object.fromEntries(missing.map((field) => [field, text.chooseRequired(text.labels[field])])));
      setFailure(null);
      return;
    }
    setLocal({});
    try {
      const result = await create({ variables: { input: createInputOf(values) } });
      const created = result.data?.createReferral;
      if (created) await then(created.id);
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
    }
  }
  return { failure, local, save, saving: loading };
}
