import { DatePicker, Select } from '@kakehashi/web-ui';
import type { OfferStatus } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { offersMessages } from './messages';
import { OfferCompanyField, type CompanyChoice } from './offer-company-field';
import { offerFieldId as fid, type OfferFormErrors } from './offer-form-support';

const text = offersMessages.form;
const fields = offersMessages.fields;

/**
 * Whose offer it is and where it stands, first in both forms: the company (chosen when recording, fixed once
 * recorded), the status (when editing) and the date received.
 */
export function OfferIdentityFields({
  isEdit,
  company,
  onCompany,
  status,
  onStatus,
  receivedOn,
  onReceivedOn,
  errors,
}: {
  isEdit: boolean;
  company: CompanyChoice | null;
  onCompany: (company: CompanyChoice | null) => void;
  status: OfferStatus;
  onStatus: (status: OfferStatus) => void;
  receivedOn: string | null;
  onReceivedOn: (day: string | null) => void;
  errors: OfferFormErrors;
}) {
  const statuses = useEnumOptions('OfferStatus');
  return (
    <>
      {isEdit ? (
        <div className="flex flex-col gap-1">
          <span className="font-bold">{fields.company}</span>
          <span>{company?.legalName}</span>
          <span className="text-sm text-solid-gray-700">{text.companyFixed}</span>
        </div>
      ) : (
        <OfferCompanyField
          id={fid('companyId')}
          label={fields.company}
          isRequired
          value={company}
          onChange={onCompany}
          errorMessage={errors.at('companyId')}
        />
      )}
      {isEdit ? (
        <Select
          id={fid('status')}
          label={fields.status}
          options={statuses}
          value={status}
          onChange={(value) => value && onStatus(value as OfferStatus)}
          errorMessage={errors.at('status')}
        />
      ) : null}
      <DatePicker
        id={fid('receivedOn')}
        label={fields.receivedOn}
        value={receivedOn}
        onChange={onReceivedOn}
        description={isEdit ? undefined : text.receivedOnHint}
        errorMessage={errors.at('receivedOn')}
      />
    </>
  );
}
