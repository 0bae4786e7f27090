import { useQuery } from '@apollo/client/react';
import { DatePicker, Select, type Option } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { OfferFilterCompanyDocument } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { CompanyPicker } from '../organisations/company-picker';
import { offersMessages, type OfferKind } from './messages';
import { hasFilters, type OfferListFilterKey, type OfferListSearch } from './offer-list-search';
import type { OfferReferenceOptions } from './use-offer-reference-data';

const text = offersMessages.filter;
/** The "every value" choice of a filter (React Aria needs a key; the URL then simply lacks the filter). */
const ALL = '*';

function withAll(options: Option[]): Option[] {
  return [{ value: ALL, label: offersMessages.list.any }, ...options];
}

function FilterSelect({
  name,
  label,
  options,
  description,
  search,
  onChange,
}: {
  name: OfferListFilterKey;
  label: string;
  description?: string;
  options: Option[];
  search: OfferListSearch;
  onChange: (key: OfferListFilterKey, value: string | null) => void;
}) {
  return (
    <Select
      id={`filter-${name}`}
      label={label}
      description={description}
      options={withAll(options)}
      value={search[name] ?? ALL}
      onChange={(value) => onChange(name, value === ALL ? null : value)}
    />
  );
}

function CompanyFilter({
  companyId,
  onChange,
}: {
  companyId: string | undefined;
  onChange: (value: string | null) => void;
}) {
  const { data } = useQuery(OfferFilterCompanyDocument, {
    variables: { id: companyId ?? '' },
    skip: !companyId,
    fetchPolicy: 'cache-first',
  });
  const company = companyId && data?.company ? data.company : null;
  return (
    <CompanyPicker
      id="filter-company"
      label={text.company}
      value={company}
      onChange={(value) => onChange(value?.id ?? null)}
    />
  );
}

/** Every filter the API has for the list; each change is written to the URL at once (and the list follows). */
export function OfferFilters({
  kind,
  search,
  reference,
  onChange,
}: {
  kind: OfferKind;
  search: OfferListSearch;
  reference: OfferReferenceOptions | null;
  onChange: (key: OfferListFilterKey, value: string | null) => void;
}) {
  const statuses = useEnumOptions('OfferStatus');
  const moveTypes = useEnumOptions('MoveType');
  const listPath = kind === 'sending' ? '/offers/sending' : '/offers/receiving';
  const common = { search, onChange };
  return (
    <section aria-labelledby="offer-filters" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 id="offer-filters" className="text-xl font-bold">
          {offersMessages.list.filters}
        </h2>
        {hasFilters(search) ? (
          <Link
            to={listPath}
            search={{}}
            className="inline-flex min-h-11 items-center rounded-8 px-3 text-blue-900 underline underline-offset-4 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {offersMessages.list.clearFilters}
          </Link>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect name="status" label={text.status} options={statuses} {...common} />
        <FilterSelect name="office" label={text.office} options={reference?.offices ?? []} {...common} />
        <FilterSelect
          name="prefecture"
          label={text.prefecture[kind]}
          options={reference?.prefectures ?? []}
          {...common}
        />
        <FilterSelect
          name="industry"
          label={text.industry}
          options={reference?.industries ?? []}
          {...common}
        />
        <FilterSelect
          name="occupation"
          label={text.occupation}
          options={reference?.occupations ?? []}
          {...common}
        />
        <FilterSelect
          name="moveType"
          label={text.moveType}
          description={text.moveTypeHint[kind]}
          options={moveTypes}
          {...common}
        />
        <DatePicker
          id="filter-from"
          label={text.receivedFrom}
          value={search.from ?? null}
          onChange={(value) => onChange('from', value)}
        />
        <DatePicker
          id="filter-to"
          label={text.receivedTo}
          value={search.to ?? null}
          onChange={(value) => onChange('to', value)}
        />
        <CompanyFilter companyId={search.company} onChange={(value) => onChange('company', value)} />
      </div>
    </section>
  );
}
