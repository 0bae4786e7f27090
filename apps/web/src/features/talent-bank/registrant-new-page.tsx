import { useMutation, useQuery } from '@apollo/client/react';
import { PageHeader, todayInJapan } from '@kakehashi/web-ui';
import { Link, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  RegisterTalentBankRegistrantDocument,
  TalentBankRegistrationFormDocument,
  type TalentBankGender,
  type TalentBankRegistrationFormQuery,
} from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { ProblemForm } from '../../shared/dialog-form';
import { failureOf, localProblem } from '../../shared/form-problems';
import { talentBankMessages } from './messages';
import {
  ConsentFields,
  EligibilityFields,
  NO_GENDER,
  NO_REQUEST,
  PersonFields,
  type RegistrationDraft,
} from './registration-fields';

const text = talentBankMessages.register;

/** Which input shows each of the API's fields. */
const FIELD_IDS: Record<string, string> = {
  'input.name': 'tb-name',
  'input.kana': 'tb-kana',
  'input.dateOfBirth': 'tb-birth',
  'input.phone': 'tb-phone',
  'input.email': 'tb-email',
  'input.address': 'tb-address',
  'input.prefectureCode': 'tb-prefecture',
  'input.gender': 'tb-gender',
  'input.eligibilityReason': 'tb-reason',
  'input.leftJobOn': 'tb-left',
  'input.consent.givenOn': 'tb-consent-on',
  'input.consent.purposeVersion': 'tb-purpose',
  'input.consent.method': 'tb-method',
  'input.supportRequestId': 'tb-support-request',
  'input.officeId': 'tb-office',
};

const optional = (value: string) => (value.trim() === '' ? null : value);

/**
 * Registers a person: the eligibility questions with the rule explained and the API's answer as they are answered,
 * the contact details, and the consent (date, purpose text version, how obtained). A refusal names its reason.
 */
export function RegistrantNewPage() {
  usePageTitle(text.title);
  const navigate = useNavigate();
  const choosesOffice = useRouteContext({ from: '/signed-in' }).me.worksTalentBankOfAnyOffice;
  const { data, error } = useQuery(TalentBankRegistrationFormDocument, { fetchPolicy: 'cache-first' });
  const [draft, setDraft] = useState<RegistrationDraft>({
    name: '',
    kana: '',
    dateOfBirth: null,
    phone: '',
    email: '',
    address: '',
    prefectureCode: null,
    gender: NO_GENDER,
    reason: null,
    leftJobOn: null,
    consentGivenOn: todayInJapan(),
    purposeVersion: null,
    method: null,
    supportRequestId: NO_REQUEST,
    officeId: null,
  });
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [register] = useMutation(RegisterTalentBankRegistrantDocument);
  if (error) throw error;
  const set =
    <K extends keyof RegistrationDraft>(key: K) =>
    (value: RegistrationDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const purposes = data?.talentBankConsentPurposes ?? [];
  const purposeVersion = draft.purposeVersion ?? purposes[0]?.version ?? null;
  const errorOf = (field: string) => fieldMessage(failure, field);
  const fields = (form: TalentBankRegistrationFormQuery) => ({
    draft,
    set,
    errorOf,
    data: form,
    purposeVersion,
    choosesOffice,
  });

  async function submit() {
    // Enums are checked by GraphQL before the API reads any field: ask for them first.
    if (!draft.reason)
      return setFailure(localProblem('input.eligibilityReason', `${text.reason}を選択してください。`));
    if (!draft.method)
      return setFailure(localProblem('input.consent.method', `${text.consentMethod}を選択してください。`));
    try {
      const result = await register({
        variables: {
          input: {
            name: draft.name,
            kana: draft.kana,
            dateOfBirth: draft.dateOfBirth ?? '',
            phone: optional(draft.phone),
            email: optional(draft.email),
            address: optional(draft.address),
            prefectureCode: draft.prefectureCode ?? '',
            gender: draft.gender === NO_GENDER ? null : (draft.gender as TalentBankGender),
            eligibilityReason: draft.reason,
            leftJobOn: draft.leftJobOn,
            officeId: choosesOffice ? draft.officeId : null,
            supportRequestId: draft.supportRequestId === NO_REQUEST ? null : draft.supportRequestId,
            consent: {
              givenOn: draft.consentGivenOn ?? '',
              purposeVersion: purposeVersion ?? '',
              method: draft.method,
            },
          },
        },
      });
      const id = result.data?.registerTalentBankRegistrant.id;
      if (id)
        await navigate({
          to: '/talent-bank/$registrantId',
          params: { registrantId: id },
          search: { saved: 'registered' },
        });
    } catch (caught) {
      setFailure(failureOf(caught, text.failed));
    }
  }

  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <Link
            to="/talent-bank"
            className="text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {text.back}
          </Link>
        }
      />
      {!data ? (
        <p role="status">{messages.loading}</p>
      ) : (
        <section aria-labelledby="tb-rule-heading" className="rounded-16 bg-white p-6 shadow-sm">
          <h2 id="tb-rule-heading" className="text-xl font-bold">
            {text.ruleHeading}
          </h2>
          <p className="mb-4 mt-1 [word-break:auto-phrase]">{data.talentBankGuidance.eligibilityRule}</p>
          <ProblemForm
            failure={failure}
            fieldIds={FIELD_IDS}
            failedTitle={text.failed}
            submitLabel={text.submit}
            busyMessage={text.busy}
            onSubmit={submit}
          >
            <EligibilityFields {...fields(data)} />
            <PersonFields {...fields(data)} />
            <ConsentFields {...fields(data)} />
          </ProblemForm>
        </section>
      )}
    </>
  );
}
