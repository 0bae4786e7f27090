import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, PageHeader, RadioGroup, Select, TextField, todayInJapan } from '@kakehashi/web-ui';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  RegisterTalentBankRegistrantDocument,
  TalentBankRegistrationFormDocument,
  type TalentBankConsentMethod,
  type TalentBankEligibilityReason,
  type TalentBankGender,
} from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { ProblemForm } from '../../shared/dialog-form';
import { failureOf, localProblem } from '../../shared/form-problems';
import { useEnumOptions } from '../../shared/enum-labels';
import { EligibilityPanel } from './eligibility-panel';
import { talentBankMessages } from './messages';

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
};

const NO_GENDER = 'NONE';

interface Draft {
  name: string;
  kana: string;
  dateOfBirth: string | null;
  phone: string;
  email: string;
  address: string;
  prefectureCode: string | null;
  gender: string;
  reason: TalentBankEligibilityReason | null;
  leftJobOn: string | null;
  consentGivenOn: string | null;
  purposeVersion: string | null;
  method: TalentBankConsentMethod | null;
}

const optional = (value: string) => (value.trim() === '' ? null : value);

/**
 * Registers a person: the eligibility questions with the rule explained and the API's answer as they are answered,
 * the contact details, and the consent (date, purpose text version, how obtained). A refusal names its reason.
 */
export function RegistrantNewPage() {
  usePageTitle(text.title);
  const navigate = useNavigate();
  const { data, error } = useQuery(TalentBankRegistrationFormDocument, { fetchPolicy: 'cache-first' });
  const genders = useEnumOptions('TalentBankGender');
  const methods = useEnumOptions('TalentBankConsentMethod');
  const [draft, setDraft] = useState<Draft>({
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
  });
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [register] = useMutation(RegisterTalentBankRegistrantDocument);
  if (error) throw error;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const purposes = data?.talentBankConsentPurposes ?? [];
  const purposeVersion = draft.purposeVersion ?? purposes[0]?.version ?? null;
  const purpose = purposes.find((each) => each.version === purposeVersion);
  const chosenReason = data?.talentBankGuidance.reasons.find((each) => each.reason === draft.reason);
  const errorOf = (field: string) => fieldMessage(failure, field);

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
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-lg font-bold">{text.eligibility}</legend>
              <DatePicker
                id="tb-birth"
                label={text.dateOfBirth}
                isRequired
                value={draft.dateOfBirth}
                onChange={set('dateOfBirth')}
                errorMessage={errorOf('input.dateOfBirth')}
              />
              <RadioGroup
                id="tb-reason"
                label={text.reason}
                isRequired
                orientation="vertical"
                options={data.talentBankGuidance.reasons.map((each) => ({
                  value: each.reason,
                  label: each.label,
                }))}
                value={draft.reason}
                onChange={(value) => set('reason')(value as TalentBankEligibilityReason)}
                description={chosenReason?.explanation}
                errorMessage={errorOf('input.eligibilityReason')}
              />
              <DatePicker
                id="tb-left"
                label={text.leftJobOn}
                description={text.leftJobOnHint}
                value={draft.leftJobOn}
                onChange={set('leftJobOn')}
                errorMessage={errorOf('input.leftJobOn')}
              />
              <EligibilityPanel
                dateOfBirth={draft.dateOfBirth}
                reason={draft.reason}
                leftJobOn={draft.leftJobOn}
              />
            </fieldset>
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-lg font-bold">{text.person}</legend>
              <div className="grid gap-4 md:grid-cols-2">
                <TextField
                  id="tb-name"
                  label={text.name}
                  isRequired
                  value={draft.name}
                  onChange={set('name')}
                  errorMessage={errorOf('input.name')}
                />
                <TextField
                  id="tb-kana"
                  label={text.kana}
                  description={text.kanaHint}
                  isRequired
                  value={draft.kana}
                  onChange={set('kana')}
                  errorMessage={errorOf('input.kana')}
                />
                <TextField
                  id="tb-phone"
                  label={text.phone}
                  description={text.contactHint}
                  type="tel"
                  inputMode="tel"
                  value={draft.phone}
                  onChange={set('phone')}
                  errorMessage={errorOf('input.phone')}
                />
                <TextField
                  id="tb-email"
                  label={text.email}
                  type="email"
                  inputMode="email"
                  value={draft.email}
                  onChange={set('email')}
                  errorMessage={errorOf('input.email')}
                />
              </div>
              <TextField
                id="tb-address"
                label={text.address}
                value={draft.address}
                onChange={set('address')}
                errorMessage={errorOf('input.address')}
              />
              <div className="grid gap-4 md:grid-cols-2">
                <Select
                  id="tb-prefecture"
                  label={text.prefecture}
                  isRequired
                  options={data.prefectures.map((each) => ({ value: each.code, label: each.nameJa }))}
                  value={draft.prefectureCode}
                  onChange={set('prefectureCode')}
                  errorMessage={errorOf('input.prefectureCode')}
                />
                <Select
                  id="tb-gender"
                  label={text.gender}
                  options={[{ value: NO_GENDER, label: text.genderNone }, ...genders]}
                  value={draft.gender}
                  onChange={(value) => set('gender')(value ?? NO_GENDER)}
                  errorMessage={errorOf('input.gender')}
                />
              </div>
            </fieldset>
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-lg font-bold">{text.consent}</legend>
              <div className="grid gap-4 md:grid-cols-2">
                <DatePicker
                  id="tb-consent-on"
                  label={text.consentGivenOn}
                  isRequired
                  value={draft.consentGivenOn}
                  onChange={set('consentGivenOn')}
                  errorMessage={errorOf('input.consent.givenOn')}
                />
                <Select
                  id="tb-method"
                  label={text.consentMethod}
                  isRequired
                  options={methods}
                  value={draft.method}
                  onChange={(value) => set('method')(value as TalentBankConsentMethod | null)}
                  errorMessage={errorOf('input.consent.method')}
                />
              </div>
              <Select
                id="tb-purpose"
                label={text.purposeVersion}
                isRequired
                options={purposes.map((each) => ({
                  value: each.version,
                  label: text.purposeOption(each.version, each.effectiveFrom),
                }))}
                value={purposeVersion}
                onChange={set('purposeVersion')}
                errorMessage={errorOf('input.consent.purposeVersion')}
              />
              {purpose ? (
                <div>
                  <p className="font-bold">{text.purposeText}</p>
                  <p className="whitespace-pre-line rounded-8 bg-solid-gray-50 p-3 text-sm">
                    {purpose.purposeText}
                  </p>
                </div>
              ) : null}
            </fieldset>
          </ProblemForm>
        </section>
      )}
    </>
  );
}
