import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import {
  CreateSendingOfferDocument,
  SendingOfferDocument,
  UpdateSendingOfferDocument,
  type SendingOfferDetailFragment,
} from '../../gql/graphql';
import { offersMessages } from './messages';
import { changedFields } from './offer-form-support';
import { fieldLabels } from './offer-field-labels';
import './offer-saved';
import { SendingOfferForm } from './sending-offer-form';
import {
  createSendingInput,
  emptySendingValues,
  sendingValuesOf,
  updateSendingInput,
} from './sending-offer-values';

const text = offersMessages.form;
const editRoute = getRouteApi('/signed-in/offers/sending/$offerId/edit');
const CANCEL =
  'inline-flex min-h-11 items-center rounded-8 px-3 text-blue-900 underline underline-offset-4 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

export function NewSendingOfferPage() {
  const navigate = useNavigate();
  const [create] = useMutation(CreateSendingOfferDocument);
  return (
    <SendingOfferForm
      title={text.newTitle('sending')}
      initial={emptySendingValues()}
      isEdit={false}
      submitLabel={text.submitCreate}
      cancel={
        <Link to="/offers/sending" className={CANCEL}>
          {text.cancel}
        </Link>
      }
      save={async (values) => {
        const result = await create({ variables: { input: createSendingInput(values) } });
        const created = result.data?.createSendingOffer;
        if (!created) return;
        await navigate({
          to: '/offers/sending/$offerId',
          params: { offerId: created.id },
          state: { offerSaved: 'created' },
        });
      }}
    />
  );
}

export function EditSendingOfferPage() {
  const { offerId } = editRoute.useParams();
  // The edit starts from the version on the server now, not from a copy cached earlier.
  const { data, error } = useQuery(SendingOfferDocument, {
    variables: { id: offerId },
    fetchPolicy: 'network-only',
  });
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  if (!data.sendingOffer) {
    return <p role="alert">{offersMessages.detail.notFound('sending')}</p>;
  }
  return <EditSendingOffer offer={data.sendingOffer} />;
}

function EditSendingOffer({ offer }: { offer: SendingOfferDetailFragment }) {
  const apollo = useApolloClient();
  const navigate = useNavigate();
  const [update] = useMutation(UpdateSendingOfferDocument);
  // The version this edit began from; a reload after a conflict moves it to the latest.
  const [base, setBase] = useState(offer);
  const [reloaded, setReloaded] = useState<string[] | null>(null);

  async function reload() {
    const latest = await apollo.query({
      query: SendingOfferDocument,
      variables: { id: base.id },
      fetchPolicy: 'network-only',
    });
    const next = latest.data?.sendingOffer;
    if (!next) return;
    setReloaded(
      fieldLabels('sending', Object.keys(changedFields(sendingValuesOf(base), sendingValuesOf(next)))),
    );
    setBase(next);
  }

  return (
    <SendingOfferForm
      key={base.version}
      title={text.editTitle('sending')}
      initial={sendingValuesOf(base)}
      isEdit
      submitLabel={text.submitUpdate}
      notice={reloaded ? text.conflict.reloaded(reloaded) : undefined}
      cancel={
        <Link to="/offers/sending/$offerId" params={{ offerId: base.id }} className={CANCEL}>
          {text.cancel}
        </Link>
      }
      save={async (values) => {
        const input = updateSendingInput(base.id, base.version, sendingValuesOf(base), values);
        await update({ variables: { input } });
        await navigate({
          to: '/offers/sending/$offerId',
          params: { offerId: base.id },
          state: { offerSaved: 'updated' },
        });
      }}
      onReload={() => void reload()}
    />
  );
}
