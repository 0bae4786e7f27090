import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import {
  ConvertCenterReferralDocument,
  CreateReceivingOfferDocument,
  CreateSendingOfferDocument,
  ReferralCompanyRowDocument,
  type CenterReferralDetailFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { ReceivingOfferForm } from '../offers/receiving-offer-form';
import { createReceivingInput } from '../offers/receiving-offer-values';
import { SendingOfferForm } from '../offers/sending-offer-form';
import { createSendingInput } from '../offers/sending-offer-values';
import { ConvertSection } from './convert-section';
import { centerReferralMessages } from './messages';
import { receivingPrefill, sendingPrefill } from './referral-prefill';
import { nextConvertStep, type OfficeReferralSearch } from './referral-search';

const text = centerReferralMessages.convert;
const CANCEL =
  'inline-flex min-h-11 items-center rounded-8 px-3 text-blue-900 underline underline-offset-4 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/**
 * The offer form of a conversion step, prefilled from the referral (the offers feature's own form, so every field
 * and error is as elsewhere). Saved, it goes on to the next step with the new offer's id in the URL.
 */
export function ConvertOfferStep({
  referral,
  search,
  kind,
}: {
  referral: CenterReferralDetailFragment;
  search: OfficeReferralSearch & { companyId: string };
  kind: 'sending' | 'receiving';
}) {
  const navigate = useNavigate();
  const { data, error } = useQuery(ReferralCompanyRowDocument, { variables: { id: search.companyId } });
  const [createSending] = useMutation(CreateSendingOfferDocument);
  const [createReceiving] = useMutation(CreateReceivingOfferDocument);
  if (error) throw error;
  if (!data?.company) return <p role="status">{messages.loading}</p>;
  const company = data.company;
  const next = (offer: { sendingOfferId?: string; receivingOfferId?: string }) =>
    navigate({
      to: '/office/referrals/$referralId',
      params: { referralId: referral.id },
      search: { ...search, ...offer, step: nextConvertStep(referral.need, kind) },
    });
  const cancel = (
    <Link to="/office/referrals/$referralId" params={{ referralId: referral.id }} className={CANCEL}>
      {text.cancel}
    </Link>
  );
  const submitLabel = nextConvertStep(referral.need, kind) === 'link' ? text.submit : text.submitNext;
  if (kind === 'sending') {
    return (
      <SendingOfferForm
        title={text.sendingTitle(referral.clientName)}
        initial={sendingPrefill(referral, company)}
        isEdit={false}
        submitLabel={submitLabel}
        notice={text.prefilled}
        cancel={cancel}
        save={async (values) => {
          const result = await createSending({ variables: { input: createSendingInput(values) } });
          if (result.data) await next({ sendingOfferId: result.data.createSendingOffer.id });
        }}
      />
    );
  }
  return (
    <ReceivingOfferForm
      title={text.receivingTitle(referral.clientName)}
      initial={receivingPrefill(referral, company)}
      isEdit={false}
      submitLabel={submitLabel}
      notice={text.prefilled}
      cancel={cancel}
      save={async (values) => {
        const result = await createReceiving({ variables: { input: createReceivingInput(values) } });
        if (result.data) await next({ receivingOfferId: result.data.createReceivingOffer.id });
      }}
    />
  );
}

/** The last step: tie the company and the offers made to the referral (it becomes 対応中). Safe to retry. */
export function ConvertLinkStep({
  referral,
  search,
}: {
  referral: CenterReferralDetailFragment;
  search: OfficeReferralSearch & { companyId: string };
}) {
  const navigate = useNavigate();
  const [convert, converting] = useMutation(ConvertCenterReferralDocument);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  async function link() {
    try {
      await convert({
        variables: {
          input: {
            id: referral.id,
            expectedVersion: referral.version,
            companyId: search.companyId,
            sendingOfferId: search.sendingOfferId ?? null,
            receivingOfferId: search.receivingOfferId ?? null,
          },
        },
      });
      await navigate({
        to: '/office/referrals/$referralId',
        params: { referralId: referral.id },
        search: { done: 'converted' },
      });
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setFailure(info);
    }
  }
  return (
    <ConvertSection id="convert-link" lead={text.linkLead} failure={failure}>
      <LinkedOffers
        companyId={search.companyId}
        sendingOfferId={search.sendingOfferId}
        receivingOfferId={search.receivingOfferId}
      />
      <Button className="mt-4" isPending={converting.loading} onPress={() => void link()}>
        {text.link}
      </Button>
    </ConvertSection>
  );
}

/** Links to the company and offers a referral is (or is about to be) tied to. */
export function LinkedOffers({
  companyId,
  sendingOfferId,
  receivingOfferId,
}: {
  companyId: string;
  sendingOfferId?: string | null;
  receivingOfferId?: string | null;
}) {
  const link =
    'font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';
  return (
    <ul className="list-disc pl-6">
      <li>
        <Link to="/companies/$companyId" params={{ companyId }} className={link}>
          {text.company}
        </Link>
      </li>
      {sendingOfferId ? (
        <li>
          <Link to="/offers/sending/$offerId" params={{ offerId: sendingOfferId }} className={link}>
            {text.sendingOffer}
          </Link>
        </li>
      ) : null}
      {receivingOfferId ? (
        <li>
          <Link to="/offers/receiving/$offerId" params={{ offerId: receivingOfferId }} className={link}>
            {text.receivingOffer}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
