import { Checkbox, RadioGroup, TextField } from '@kakehashi/web-ui';
import {
  RecordCaseInternalProcedureDocument,
  type CaseDetailFragment,
  type UnionAgreementStatus,
  type WorkerSelection,
} from '../../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../../shared/enum-labels';
import { useRecordForm } from '../form-kit';
import { RecordFormFrame } from '../form-frame';
import { DateField, showValue } from '../fields';
import { caseMessages } from '../messages';
import { dayOrNull, orNull } from './record-values';

const text = caseMessages.internalProcedure;

function read(kase: CaseDetailFragment) {
  const procedure = kase.internalProcedure;
  return {
    conditionsStated: procedure?.conditionsStated ?? false,
    workerSelection: procedure?.workerSelection ?? null,
    unionAgreement: procedure?.unionAgreement ?? 'PENDING',
    unionAgreedOn: procedure?.unionAgreedOn ?? '',
    workRulesClause: procedure?.workRulesClause ?? false,
    notes: procedure?.notes ?? '',
  };
}
type Draft = ReturnType<typeof read>;

const LABELS: Record<keyof Draft, string> = {
  conditionsStated: text.conditionsStated,
  workerSelection: text.workerSelection,
  unionAgreement: text.unionAgreement,
  unionAgreedOn: text.unionAgreedOn,
  workRulesClause: text.workRulesClause,
  notes: text.notes,
};

/** The sender's internal procedure: conditions stated, the workers chosen, the union (or none), the work rules. */
export function InternalProcedureForm() {
  const selectionLabel = useEnumLabel('WorkerSelection');
  const selectionsOptions = useEnumOptions('WorkerSelection');
  const unionLabel = useEnumLabel('UnionAgreementStatus');
  const unionOptions = useEnumOptions('UnionAgreementStatus');
  const form = useRecordForm({
    prefix: 'procedure',
    document: RecordCaseInternalProcedureDocument,
    read,
    write: (draft: Draft) => ({
      conditionsStated: draft.conditionsStated,
      workerSelection: draft.workerSelection,
      unionAgreement: draft.unionAgreement,
      unionAgreedOn: dayOrNull(draft.unionAgreedOn),
      workRulesClause: draft.workRulesClause,
      notes: orNull(draft.notes),
    }),
  });
  const { draft } = form.draft;
  const set = form.draft.set;
  return (
    <RecordFormFrame
      form={form}
      heading={text.heading}
      labels={LABELS}
      show={(key, value) =>
        showValue(
          value,
          key === 'workerSelection' ? selectionLabel : key === 'unionAgreement' ? unionLabel : undefined,
        )
      }
    >
      <Checkbox
        id={form.idFor('conditionsStated')}
        isSelected={draft.conditionsStated}
        onChange={(value) => set('conditionsStated', value)}
      >
        {text.conditionsStated}
      </Checkbox>
      <RadioGroup
        id={form.idFor('workerSelection')}
        label={text.workerSelection}
        orientation="horizontal"
        options={selectionsOptions}
        value={draft.workerSelection}
        onChange={(value) => set('workerSelection', value as WorkerSelection)}
        errorMessage={form.errorFor('workerSelection')}
      />
      <RadioGroup
        id={form.idFor('unionAgreement')}
        label={text.unionAgreement}
        description={text.unionHint}
        orientation="horizontal"
        options={unionOptions}
        value={draft.unionAgreement}
        onChange={(value) => set('unionAgreement', value as UnionAgreementStatus)}
        errorMessage={form.errorFor('unionAgreement')}
      />
      <DateField
        id={form.idFor('unionAgreedOn')}
        label={text.unionAgreedOn}
        value={draft.unionAgreedOn}
        onChange={(value) => set('unionAgreedOn', value)}
        errorMessage={form.errorFor('unionAgreedOn')}
      />
      <Checkbox
        id={form.idFor('workRulesClause')}
        isSelected={draft.workRulesClause}
        onChange={(value) => set('workRulesClause', value)}
      >
        {text.workRulesClause}
      </Checkbox>
      <TextField
        id={form.idFor('notes')}
        label={text.notes}
        multiline
        value={draft.notes}
        onChange={(value) => set('notes', value)}
        errorMessage={form.errorFor('notes')}
      />
    </RecordFormFrame>
  );
}
