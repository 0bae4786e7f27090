import { useState } from 'react';
import { CompanyPicker, type PickedCompany } from '../organisations/company-picker';

/** What an offer keeps of its company: enough to send its id and to show its name. */
export interface CompanyChoice {
  id: string;
  legalName: string;
}

/**
 * The organisations feature's company picker, for a form that keeps only { id, legalName }: the company found is
 * remembered here so the picker keeps showing it as chosen.
 */
export function OfferCompanyField({
  id,
  label,
  value,
  onChange,
  errorMessage,
  isRequired,
}: {
  id: string;
  label: string;
  value: CompanyChoice | null;
  onChange: (value: CompanyChoice | null) => void;
  errorMessage?: string;
  isRequired?: boolean;
}) {
  // A form prefilled with a whole company row (e.g. matched from a referral) shows it as chosen from the start.
  const [picked, setPicked] = useState<PickedCompany | null>(() =>
    value && 'prefecture' in value ? (value as PickedCompany) : null,
  );
  return (
    <CompanyPicker
      id={id}
      label={label}
      isRequired={isRequired}
      errorMessage={errorMessage}
      value={picked && picked.id === value?.id ? picked : null}
      onChange={(company) => {
        setPicked(company);
        onChange(company ? { id: company.id, legalName: company.legalName } : null);
      }}
    />
  );
}
