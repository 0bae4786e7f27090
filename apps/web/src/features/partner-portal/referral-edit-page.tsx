import { useMutation, useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  PartnerReferralDocument,
  UpdatePartnerReferralDocument,
  type PartnerReferralFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { partnerMessages } from './messages';
import { isCorrectable } from './referral-access';
import { ReferralForm } from './referral-form';
import { referralFormErrors } from './referral-form-errors';
import { formValuesOf, updateInputOf, type ReferralFormValues } from './referral-form-values';
import { isReferralNotFound, ReferralNotFound } from './referral-not-found';
import { useReferralFormLists } from './use-referral-form-lists';

const text = partnerMessages.form;
const route = getRouteApi('/signed-in/referrals/$referralId/edit');

/** Correct a draft or a returned referral; saved, it goes back to its page to be submitted. */
export function ReferralEditPage() {
  const { referralId } = route.useParams();
  const { data, error } = useQuery(PartnerReferralDocument, { variables: { id: referralId } });
  if (error && !data) {
    if (isReferralNotFound(apiErrorOf(error)?.code ?? null)) return <ReferralNotFound />;
    throw error;
  }
  if (!data) return <p role="status">{messages.loading}</p>;
  return <EditForm key={data.referral.id} referral={data.referral} />;
}

function EditForm({ referral }: { referral: PartnerReferralFragment }) {
  usePageTitle(text.editTitle(referral.clientName));
  const navigate = useNavigate();
  const { lists, error } = useReferralFormLists();
  const [values, setValues] = useState<ReferralFormValues>(() => formValuesOf(referral));
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [update, { loading }] = useMutation(UpdatePartnerReferralDocument);
  if (error) throw error;
  const back = (
    <Link
      to="/referrals/$referralId"
      params={{ referralId: referral.id }}
      search={{}}
      className="text-blue-900 underline underline-offset-4"
    >
      {text.cancel}
    </Link>
  );
  if (!isCorrectable(referral.status)) {
    return (
      <>
        <PageHeader title={text.editTitle(referral.clientName)} />
        <p className="mb-4">{text.notCorrectable(referral.statusLabel)}</p>
        {back}
      </>
    );
  }

  async function save() {
    try {
      await update({ variables: { input: updateInputOf(values, referral) } });
      await navigate({
        to: '/referrals/$referralId',
        params: { referralId: referral.id },
        search: { saved: 'updated' },
      });
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
    }
  }

  return (
    <>
      <PageHeader title={text.editTitle(referral.clientName)} lead={text.editLead} />
      {referral.returnReason && referral.status === 'RETURNED' ? (
        <p className="mb-4 rounded-8 border-2 border-error-1 bg-white p-4 break-words">
          {partnerMessages.referral.facts.returnReason}：{referral.returnReason}
        </p>
      ) : null}
      {lists ? (
        <ReferralForm
          values={values}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          lists={lists}
          errors={referralFormErrors(failure)}
          submitLabel={text.save}
          isSubmitting={loading}
          onSubmit={() => void save()}
          cancel={back}
        />
      ) : (
        <p role="status">{messages.loading}</p>
      )}
    </>
  );
}
