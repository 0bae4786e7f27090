import { formatDate, formatYen, RadioGroup, TextField } from '@kakehashi/web-ui';
import {
  RecordCaseContractDocument,
  type CaseDetailFragment,
  type SocialInsuranceHandling,
  type WageShareUnit,
} from '../../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../../shared/enum-labels';
import { useCasePage } from '../case-context';
import { DateField, RecordFormFrame, showValue, useRecordForm, WholeNumberField } from '../form-kit';
import { caseMessages } from '../messages';
import { parseWholeNumber, wageSplitView } from '../wage-split';
import { dayOrNull, numberText, orNull, wholeNumber } from './record-values';

const text = caseMessages.contract;

function read(kase: CaseDetailFragment) {
  const contract = kase.contract;
  const planned = contract?.subsidyApplicationPlanned;
  return {
    startOn: contract?.startOn ?? '',
    endOn: contract?.endOn ?? '',
    duties: contract?.duties ?? '',
    wageShareUnit: contract?.wageShareUnit ?? null,
    monthlyWage: numberText(contract?.monthlyWage),
    senderShare: numberText(contract?.senderShare),
    receiverShare: numberText(contract?.receiverShare),
    workingHours: contract?.workingHours ?? '',
    overtime: contract?.overtime ?? '',
    socialInsurance: contract?.socialInsurance ?? null,
    socialInsuranceNote: contract?.socialInsuranceNote ?? '',
    subsidyApplicationPlanned: planned === true ? 'yes' : planned === false ? 'no' : null,
    periodOverrideReason: contract?.periodOverrideReason ?? '',
    concludedOn: contract?.concludedOn ?? '',
  };
}
type Draft = ReturnType<typeof read>;

function write(draft: Draft) {
  const wage = wholeNumber('monthlyWage', draft.monthlyWage);
  const sender = wholeNumber('senderShare', draft.senderShare);
  const receiver = wholeNumber('receiverShare', draft.receiverShare);
  const problems = [wage.problem, sender.problem, receiver.problem].filter((each) => each !== null);
  if (problems.length) return { problems };
  return {
    startOn: dayOrNull(draft.startOn),
    endOn: dayOrNull(draft.endOn),
    duties: orNull(draft.duties),
    wageShareUnit: draft.wageShareUnit,
    monthlyWage: wage.value,
    senderShare: sender.value,
    receiverShare: receiver.value,
    workingHours: orNull(draft.workingHours),
    overtime: orNull(draft.overtime),
    socialInsurance: draft.socialInsurance,
    socialInsuranceNote: orNull(draft.socialInsuranceNote),
    subsidyApplicationPlanned:
      draft.subsidyApplicationPlanned === null ? null : draft.subsidyApplicationPlanned === 'yes',
    periodOverrideReason: orNull(draft.periodOverrideReason),
    concludedOn: dayOrNull(draft.concludedOn),
  };
}

const LABELS: Record<keyof Draft, string> = {
  startOn: text.startOn,
  endOn: text.endOn,
  duties: text.duties,
  wageShareUnit: text.wageShareUnit,
  monthlyWage: text.monthlyWage,
  senderShare: text.senderShare('%・円'),
  receiverShare: text.receiverShare('%・円'),
  workingHours: text.workingHours,
  overtime: text.overtime,
  socialInsurance: text.socialInsurance,
  socialInsuranceNote: text.socialInsuranceNote,
  subsidyApplicationPlanned: text.subsidyPlanned,
  periodOverrideReason: text.periodOverrideReason,
  concludedOn: text.concludedOn,
};

/** The offers' limits the period is checked against, as one line. */
function limitsLine(kase: CaseDetailFragment): string | null {
  const parts = [
    kase.sendingOffer.desiredPeriodMonths ? text.desiredMonths(kase.sendingOffer.desiredPeriodMonths) : null,
    kase.receivingOffer.periodMonths ? text.periodMonths(kase.receivingOffer.periodMonths) : null,
    kase.sendingOffer.earliestStartOn
      ? text.earliestStart(formatDate(kase.sendingOffer.earliestStartOn))
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? text.limits(parts) : null;
}

/** STEP4 出向契約: period, duties, the wage split (in % or 円, making the whole), hours, insurance, subsidy. */
export function ContractForm() {
  const { kase } = useCasePage();
  const unitLabel = useEnumLabel('WageShareUnit');
  const unitsOptions = useEnumOptions('WageShareUnit');
  const insuranceLabel = useEnumLabel('SocialInsuranceHandling');
  const insuranceOptions = useEnumOptions('SocialInsuranceHandling');
  const form = useRecordForm({ prefix: 'contract', document: RecordCaseContractDocument, read, write });
  const { draft } = form.draft;
  const set = form.draft.set;
  const number = (typed: string) => {
    const value = parseWholeNumber(typed);
    return value === null || Number.isNaN(value) ? null : value;
  };
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
        : '%・円';
  const limits = limitsLine(kase);
  const subsidyLabel = (value: string) => (value === 'yes' ? text.subsidyYes : text.subsidyNo);
  return (
    <RecordFormFrame
      form={form}
      heading={text.heading}
      labels={LABELS}
      show={(key, value) =>
        showValue(
          value,
          key === 'wageShareUnit'
            ? unitLabel
            : key === 'socialInsurance'
              ? insuranceLabel
              : key === 'subsidyApplicationPlanned'
                ? subsidyLabel
                : undefined,
        )
      }
    >
      <div className="grid gap-4 md:grid-cols-2">
        <DateField
          id={form.idFor('startOn')}
          label={text.startOn}
          value={draft.startOn}
          onChange={(value) => set('startOn', value)}
          errorMessage={form.errorFor('startOn')}
        />
        <DateField
          id={form.idFor('endOn')}
          label={text.endOn}
          value={draft.endOn}
          onChange={(value) => set('endOn', value)}
          errorMessage={form.errorFor('endOn')}
        />
      </div>
      {kase.contract?.months || limits ? (
        <p className="text-sm text-solid-gray-700">
          {[kase.contract?.months ? text.months(kase.contract.months) : null, limits]
            .filter(Boolean)
            .join('／')}
        </p>
      ) : null}
      <TextField
        id={form.idFor('periodOverrideReason')}
        label={text.periodOverrideReason}
        description={text.periodOverrideHint}
        multiline
        value={draft.periodOverrideReason}
        onChange={(value) => set('periodOverrideReason', value)}
        errorMessage={form.errorFor('periodOverrideReason')}
      />
      <TextField
        id={form.idFor('duties')}
        label={text.duties}
        multiline
        value={draft.duties}
        onChange={(value) => set('duties', value)}
        errorMessage={form.errorFor('duties')}
      />
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
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={form.idFor('workingHours')}
          label={text.workingHours}
          value={draft.workingHours}
          onChange={(value) => set('workingHours', value)}
          errorMessage={form.errorFor('workingHours')}
        />
        <TextField
          id={form.idFor('overtime')}
          label={text.overtime}
          value={draft.overtime}
          onChange={(value) => set('overtime', value)}
          errorMessage={form.errorFor('overtime')}
        />
      </div>
      <RadioGroup
        id={form.idFor('socialInsurance')}
        label={text.socialInsurance}
        options={insuranceOptions}
        value={draft.socialInsurance}
        onChange={(value) => set('socialInsurance', value as SocialInsuranceHandling)}
        errorMessage={form.errorFor('socialInsurance')}
      />
      <TextField
        id={form.idFor('socialInsuranceNote')}
        label={text.socialInsuranceNote}
        value={draft.socialInsuranceNote}
        onChange={(value) => set('socialInsuranceNote', value)}
        errorMessage={form.errorFor('socialInsuranceNote')}
      />
      <RadioGroup
        id={form.idFor('subsidyApplicationPlanned')}
        label={text.subsidyPlanned}
        orientation="horizontal"
        options={[
          { value: 'yes', label: text.subsidyYes },
          { value: 'no', label: text.subsidyNo },
        ]}
        value={draft.subsidyApplicationPlanned}
        onChange={(value) => set('subsidyApplicationPlanned', value as 'yes' | 'no')}
        errorMessage={form.errorFor('subsidyApplicationPlanned')}
      />
      <DateField
        id={form.idFor('concludedOn')}
        label={text.concludedOn}
        value={draft.concludedOn}
        onChange={(value) => set('concludedOn', value)}
        errorMessage={form.errorFor('concludedOn')}
      />
    </RecordFormFrame>
  );
}
