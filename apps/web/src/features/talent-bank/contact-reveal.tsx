import { useMutation } from '@apollo/client/react';
import { Button, formatDate } from '@kakehashi/web-ui';
import { useState } from 'react';
import { RevealTalentBankContactDocument, type RevealTalentBankContactMutation } from '../../gql/graphql';
import { failureOf } from '../../shared/form-problems';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { talentBankMessages } from './messages';

const text = talentBankMessages.contact;

type Contact = RevealTalentBankContactMutation['revealTalentBankContact'];

/**
 * The date of birth and contact details, shown only on an explicit action that the API records in the access log;
 * kept in this component's state alone (never in Apollo's cache), and forgotten on 隠す or leaving the page.
 */
export function ContactReveal({ registrantId }: { registrantId: string }) {
  const [reveal, { loading }] = useMutation(RevealTalentBankContactDocument, { fetchPolicy: 'no-cache' });
  const [contact, setContact] = useState<Contact | null>(null);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);

  async function show() {
    try {
      const result = await reveal({ variables: { id: registrantId } });
      setFailure(null);
      setContact(result.data?.revealTalentBankContact ?? null);
    } catch (error) {
      setFailure(failureOf(error, text.failed));
    }
  }

  return (
    <section aria-labelledby="tb-contact-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="tb-contact-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <div role="status" className="mt-1">
        {loading ? text.busy : contact ? text.shown : ''}
      </div>
      {failure ? (
        <p role="alert" className="font-bold text-error-1">
          {failure.message ?? text.failed}
        </p>
      ) : null}
      {contact ? (
        <>
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">{text.dateOfBirth}</dt>
            <dd>{contact.dateOfBirth ? formatDate(contact.dateOfBirth) : text.none}</dd>
            <dt className="font-bold">{text.age}</dt>
            <dd>
              {contact.age === null || contact.age === undefined ? text.none : text.ageValue(contact.age)}
            </dd>
            <dt className="font-bold">{text.phone}</dt>
            <dd>{contact.phone ?? text.none}</dd>
            <dt className="font-bold">{text.email}</dt>
            <dd>{contact.email ?? text.none}</dd>
            <dt className="font-bold">{text.address}</dt>
            <dd>{contact.address ?? text.none}</dd>
          </dl>
          <Button variant="secondary" className="mt-4" onPress={() => setContact(null)}>
            {text.hide}
          </Button>
        </>
      ) : (
        <>
          <p className="mt-2 [word-break:auto-phrase]">{text.hidden}</p>
          <Button className="mt-4" variant="secondary" onPress={() => void show()}>
            {text.reveal}
          </Button>
        </>
      )}
    </section>
  );
}
