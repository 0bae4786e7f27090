import { formatDate, RadioGroup, TextField } from '@kakehashi/web-ui';
import {
  RecordCaseContractDocument,
  type CaseDetailFragment,
  type SocialInsuranceHandling,
} from '../../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../../shared/enum-labels';
import { useCasePage } from '../case-context';
import { DateField, showValue } from '../fields';
import { RecordFormFrame } from '../form-frame';
import { useRecordForm } from '../form-kit';
import { caseMessages } from '../messages';
import { dayOrNull, numberText, orNull, wholeNumber } from './record-values';
import { WageSplitFields } from './wage-split-fields';

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
export type ContractDraft = ReturnType<typeof read>;
type Draft = ContractDraft;

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
  senderShare: text.senderShare(caseMessages.wageSplit.eitherUnit),
  receiverShare: text.receiverShare(caseMessages.wageSplit.eitherUnit),
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
  const insuranceLabel = useEnumLabel('SocialInsuranceHandling');
  const insuranceOptions = useEnumOptions('SocialInsuranceHandling');
  const form = useRecordForm({ prefix: 'contract', document: RecordCaseContractDocument, read, write });
  const { draft } = form.draft;
  const set = form.draft.set;
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
      <WageSplitFields form={form} />
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
