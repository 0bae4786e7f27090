import { formatYen, RadioGroup } from '@kakehashi/web-ui';
import type { WageShareUnit } from '../../../gql/graphql';
import { useEnumOptions } from '../../../shared/enum-labels';
import { WholeNumberField } from '../fields';
import type { RecordForm } from '../form-kit';
import { caseMessages } from '../messages';
import { parseWholeNumber, wageSplitView } from '../wage-split';
import type { ContractDraft } from './contract-form';

const text = caseMessages.contract;

function number(typed: string): number | null {
  const value = parseWholeNumber(typed);
  return value === null || Number.isNaN(value) ? null : value;
}

/**
 * Who bears the wage: the unit (% or 円), the monthly wage, each side's share read back as typed, and one live line
 * saying whether the two make the whole. The API checks the split when it is saved; its errors show at the fields.
 */
export function WageSplitFields({ form }: { form: RecordForm<ContractDraft> }) {
  const unitsOptions = useEnumOptions('WageShareUnit');
  const { draft, set } = form.draft;
  const split = wageSplitView({
    unit: draft.wageShareUnit,
    monthlyWage: number(draft.monthlyWage),
    senderShare: number(draft.senderShare),
    receiverShare: number(draft.receiverShare),
  });
  const shareUnit =
    draft.wageShareUnit === 'PERCENT'
      ? caseMessages.wageSplit.percentUnit
      : draft.wageShareUnit === 'YEN'
        ? caseMessages.wageSplit.yenUnit
        : caseMessages.wageSplit.eitherUnit;
  return (
    <fieldset className="flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-300 p-4">
      <legend className="px-1 font-bold">{text.wageHeading}</legend>
      <RadioGroup
        id={form.idFor('wageShareUnit')}
        label={text.wageShareUnit}
        orientation="horizontal"
        options={unitsOptions}
        value={draft.wageShareUnit}
        onChange={(value) => set('wageShareUnit', value as WageShareUnit)}
        errorMessage={form.errorFor('wageShareUnit')}
      />
      <WholeNumberField
        id={form.idFor('monthlyWage')}
        label={text.monthlyWage}
        description={text.monthlyWageHint}
        value={draft.monthlyWage}
        onChange={(value) => set('monthlyWage', value)}
        readBack={formatYen}
        errorMessage={form.errorFor('monthlyWage')}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <WholeNumberField
          id={form.idFor('senderShare')}
          label={text.senderShare(shareUnit)}
          value={draft.senderShare}
          onChange={(value) => set('senderShare', value)}
          description={split.sender ?? undefined}
          errorMessage={form.errorFor('senderShare')}
        />
        <WholeNumberField
          id={form.idFor('receiverShare')}
          label={text.receiverShare(shareUnit)}
          value={draft.receiverShare}
          onChange={(value) => set('receiverShare', value)}
          description={split.receiver ?? undefined}
          errorMessage={form.errorFor('receiverShare')}
        />
      </div>
      <p
        role="status"
        className={
          split.balance === 'balanced' ? 'font-bold text-green-1100' : 'font-bold text-solid-gray-800'
        }
      >
        {split.summary}
      </p>
    </fieldset>
  );
}
