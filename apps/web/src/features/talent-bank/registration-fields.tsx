import { DatePicker, RadioGroup, Select, TextField } from '@kakehashi/web-ui';
import type {
  TalentBankConsentMethod,
  TalentBankEligibilityReason,
  TalentBankRegistrationFormQuery,
} from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { EligibilityPanel } from './eligibility-panel';
import { talentBankMessages } from './messages';

const text = talentBankMessages.register;

/** The "not stated" choice of the gender (React Aria keys must not be empty). */
export const NO_GENDER = 'NONE';

export interface RegistrationDraft {
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
  supportRequestId: string;
  /** The registering office, chosen by headquarters only (others register at their own office). */
  officeId: string | null;
}

export interface RegistrationFieldsProps {
  draft: RegistrationDraft;
  set: <K extends keyof RegistrationDraft>(key: K) => (value: RegistrationDraft[K]) => void;
  /** The API's message for an input field (`input.kana`). */
  errorOf: (field: string) => string | undefined;
  data: TalentBankRegistrationFormQuery;
  /** The purpose text version consented to (the newest unless another is chosen). */
  purposeVersion: string | null;
  /** Whether the user names the registering office (the API says so: `me.worksTalentBankOfAnyOffice`). */
  choosesOffice: boolean;
}

/** The eligibility questions, each reason explained as it is chosen, and the API's answer beneath. */
export function EligibilityFields({ draft, set, errorOf, data }: RegistrationFieldsProps) {
  const chosenReason = data.talentBankGuidance.reasons.find((each) => each.reason === draft.reason);
  return (
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
      <EligibilityPanel dateOfBirth={draft.dateOfBirth} reason={draft.reason} leftJobOn={draft.leftJobOn} />
    </fieldset>
  );
}

/** The "no support request" choice. */
export const NO_REQUEST = 'NONE';

/** Who the person is and how to reach them, and the company's support request they came with, if any. */
export function PersonFields({ draft, set, errorOf, data, choosesOffice }: RegistrationFieldsProps) {
  const genders = useEnumOptions('TalentBankGender');
  const requests = talentBankMessages.supportRequests;
  const offices = data.offices.map((office) => ({ value: office.id, label: office.nameJa }));
  return (
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
      {choosesOffice ? (
        <Select
          id="tb-office"
          label={text.office}
          description={text.officeHint}
          options={offices}
          value={draft.officeId}
          onChange={set('officeId')}
          errorMessage={errorOf('input.officeId')}
        />
      ) : null}
      <Select
        id="tb-support-request"
        label={requests.choose}
        options={[
          { value: NO_REQUEST, label: requests.chooseNone },
          ...data.talentBankSupportRequests.edges.map(({ node }) => ({
            value: node.id,
            label: requests.option(node.company.legalName, node.receivedOn),
          })),
        ]}
        value={draft.supportRequestId}
        onChange={(value) => set('supportRequestId')(value ?? NO_REQUEST)}
        errorMessage={errorOf('input.supportRequestId')}
      />
    </fieldset>
  );
}

/** The consent: when, to which version of the purpose text (shown), and how it was obtained. */
export function ConsentFields({ draft, set, errorOf, data, purposeVersion }: RegistrationFieldsProps) {
  const methods = useEnumOptions('TalentBankConsentMethod');
  const purposes = data.talentBankConsentPurposes;
  const purpose = purposes.find((each) => each.version === purposeVersion);
  return (
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
          <p className="whitespace-pre-line rounded-8 bg-solid-gray-50 p-3 text-sm">{purpose.purposeText}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
