import { Checkbox, formatDate, RadioGroup, Select } from '@kakehashi/web-ui';
import type { CompanySize, SubsidyRateTableFieldsFragment } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { useEnumOptions } from '../../shared/enum-labels';
import { TABLE_IN_FORCE } from './estimate-drafts';
import { fieldErrorsOf } from './field-ids';
import { subsidyMessages } from './messages';

const text = subsidyMessages.form;

export interface CommonDraft {
  table: string;
  size: CompanySize | null;
  uplift: boolean;
}

/** What both estimates ask first: the rate table (or the one in force), the company size, the productivity uplift. */
export function CommonFields({
  draft,
  tables,
  inForceLabel,
  failure,
  onChange,
}: {
  draft: CommonDraft;
  tables: readonly SubsidyRateTableFieldsFragment[];
  inForceLabel: string;
  failure: ApiErrorInfo | null;
  onChange: (patch: Partial<CommonDraft>) => void;
}) {
  const sizes = useEnumOptions('CompanySize');
  const error = fieldErrorsOf(failure);
  const options = [
    { value: TABLE_IN_FORCE, label: inForceLabel },
    ...tables.map((each) => ({
      value: each.id,
      label: text.tableOption(each.id, formatDate(each.validFrom)),
    })),
  ];
  return (
    <>
      <Select
        id="sb-table"
        label={text.table}
        options={options}
        value={draft.table}
        onChange={(table) => onChange({ table: table ?? TABLE_IN_FORCE })}
        errorMessage={error('sb-table')}
      />
      <RadioGroup
        id="sb-size"
        label={text.size}
        isRequired
        // The API's order is by value; people expect 中小企業 first.
        options={[...sizes].sort((a, b) => (a.value === 'SME' ? -1 : b.value === 'SME' ? 1 : 0))}
        value={draft.size}
        onChange={(size) => onChange({ size: size as CompanySize })}
        errorMessage={error('sb-size')}
      />
      <div>
        <Checkbox id="sb-uplift" isSelected={draft.uplift} onChange={(uplift) => onChange({ uplift })}>
          {text.uplift}
        </Checkbox>
        <p className="text-sm text-solid-gray-700">{text.upliftHelp}</p>
      </div>
    </>
  );
}
