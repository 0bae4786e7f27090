import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import {
  CreateReceivingOfferDocument,
  ReceivingOfferDocument,
  UpdateReceivingOfferDocument,
  type ReceivingOfferDetailFragment,
} from '../../gql/graphql';
import { offersMessages } from './messages';
import { changedFields } from './offer-form-support';
import { fieldLabels } from './offer-field-labels';
import './offer-saved';
import { ReceivingOfferForm } from './receiving-offer-form';
import {
  createReceivingInput,
  emptyReceivingValues,
  receivingValuesOf,
  updateReceivingInput,
} from './receiving-offer-values';

const text = offersMessages.form;
const editRoute = getRouteApi('/signed-in/offers/receiving/$offerId/edit');
const CANCEL =
  'inline-flex min-h-11 items-center rounded-8 px-3 text-blue-900 underline underline-offset-4 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

export function NewReceivingOfferPage() {
  const navigate = useNavigate();
  const [create] = useMutation(CreateReceivingOfferDocument);
  return (
    <ReceivingOfferForm
      title={text.newTitle('receiving')}
      initial={emptyReceivingValues()}
      isEdit={false}
      submitLabel={text.submitCreate}
      cancel={
        <Link to="/offers/receiving" className={CANCEL}>
          {text.cancel}
        </Link>
      }
      save={async (values) => {
        const result = await create({ variables: { input: createReceivingInput(values) } });
        const created = result.data?.createReceivingOffer;
        if (!created) return;
        await navigate({
          to: '/offers/receiving/$offerId',
          params: { offerId: created.id },
          state: { offerSaved: 'created' },
        });
      }}
    />
  );
}

export function EditReceivingOfferPage() {
  const { offerId } = editRoute.useParams();
  // The edit starts from the version on the server now, not from a copy cached earlier.
  const { data, error } = useQuery(ReceivingOfferDocument, {
    variables: { id: offerId },
    fetchPolicy: 'network-only',
  });
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  if (!data.receivingOffer) {
    return <p role="alert">{offersMessages.detail.notFound('receiving')}</p>;
  }
  return <EditReceivingOffer offer={data.receivingOffer} />;
}

function EditReceivingOffer({ offer }: { offer: ReceivingOfferDetailFragment }) {
  const apollo = useApolloClient();
  const navigate = useNavigate();
  const [update] = useMutation(UpdateReceivingOfferDocument);
  // The version this edit began from; a reload after a conflict moves it to the latest.
  const [base, setBase] = useState(offer);
  const [reloaded, setReloaded] = useState<string[] | null>(null);

  async function reload() {
    const latest = await apollo.query({
      query: ReceivingOfferDocument,
      variables: { id: base.id },
      fetchPolicy: 'network-only',
    });
    const next = latest.data?.receivingOffer;
    if (!next) return;
    setReloaded(
      fieldLabels('receiving', Object.keys(changedFields(receivingValuesOf(base), receivingValuesOf(next)))),
    );
    setBase(next);
  }

  return (
    <ReceivingOfferForm
      key={base.version}
      title={text.editTitle('receiving')}
      initial={receivingValuesOf(base)}
      isEdit
      submitLabel={text.submitUpdate}
      notice={reloaded ? text.conflict.reloaded(reloaded) : undefined}
      cancel={
        <Link to="/offers/receiving/$offerId" params={{ offerId: base.id }} className={CANCEL}>
          {text.cancel}
        </Link>
      }
      save={async (values) => {
        const input = updateReceivingInput(base.id, base.version, receivingValuesOf(base), values);
        await update({ variables: { input } });
        await navigate({
          to: '/offers/receiving/$offerId',
          params: { offerId: base.id },
          state: { offerSaved: 'updated' },
        });
      }}
      onReload={() => void reload()}
    />
  );
}
