import { useMutation } from '@apollo/client/react';
import { Button, Select, TextField, type TagPickerItem } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  type JobCardEmploymentKind,
  TalentBankOpeningsForRegistrantDocument,
  UpdateTalentBankRegistrantDocument,
  type TalentBankRecordFragment,
} from '../../gql/graphql';
import { fieldMessage, type ApiErrorInfo } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { useEnumOptions } from '../../shared/enum-labels';
import { failureOf } from '../../shared/form-problems';
import { SkillPicker } from '../offers/skill-picker';
import { talentBankMessages } from './messages';

const text = talentBankMessages.editCareer;
const labels = talentBankMessages.career;

interface HistoryRow {
  key: number;
  from: string;
  to: string;
  company: string;
  duties: string;
  position: string;
  /** JobCardEmploymentKind, '' when not recorded. */
  employmentKind: string;
  field: string;
}

/** `input.career.workHistory.2.company` → the field's id; the other fields by name. */
function fieldId(apiField: string): string | undefined {
  const row = /^input\.career\.workHistory\.(\d+)\.(\w+)$/.exec(apiField);
  if (row) return `tb-c-${row[2]}-${row[1]}`;
  return {
    'input.career.qualifications': 'tb-c-qualifications',
    'input.career.skills': 'tb-c-skills',
    'input.career.strengths': 'tb-c-strengths',
    'input.career.evaluationSummary': 'tb-c-evaluation',
  }[apiField];
}

const asItems = (skills: readonly { key: string; label: string }[]): TagPickerItem[] =>
  skills.map((each) => ({ id: each.key, label: each.label }));

/**
 * Replaces the career record in Job Card form: the work history (newest first, 年月 as YYYY-MM), licences and skills
 * from the dictionary (or as typed), strengths and the evaluation summary.
 */
export function CareerDialog({
  record,
  onClose,
  onDone,
}: {
  record: TalentBankRecordFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const c = record.career;
  const [rows, setRows] = useState<HistoryRow[]>(
    c.workHistory.map((entry, index) => ({
      key: index,
      from: entry.from,
      to: entry.to ?? '',
      company: entry.company,
      duties: entry.duties,
      position: entry.position ?? '',
      employmentKind: entry.employmentKind ?? '',
      field: entry.field ?? '',
    })),
  );
  const [qualifications, setQualifications] = useState(asItems(c.qualifications));
  const [skills, setSkills] = useState(asItems(c.skills));
  const [strengths, setStrengths] = useState(c.strengths ?? '');
  const [evaluation, setEvaluation] = useState(c.evaluationSummary ?? '');
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const kindOptions = useEnumOptions('JobCardEmploymentKind');
  // The ranking of openings reads the career and wishes: it is asked again once they change.
  const [update] = useMutation(UpdateTalentBankRegistrantDocument, {
    refetchQueries: [TalentBankOpeningsForRegistrantDocument],
  });
  const setRow = (key: number, field: keyof Omit<HistoryRow, 'key'>) => (value: string) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  async function submit() {
    try {
      await update({
        variables: {
          input: {
            id: record.id,
            expectedVersion: record.version,
            career: {
              workHistory: rows.map((row) => ({
                from: row.from,
                to: row.to.trim() || null,
                company: row.company,
                duties: row.duties,
                position: row.position.trim() || null,
                // The kind and the field feed the fixed-term training's eligibility (work history, §5.12).
                employmentKind: (row.employmentKind || null) as JobCardEmploymentKind | null,
                field: row.field.trim() || null,
              })),
              qualifications: qualifications.map((each) => each.label),
              skills: skills.map((each) => each.label),
              strengths: strengths.trim() || null,
              evaluationSummary: evaluation.trim() || null,
            },
          },
        },
      });
      onDone();
    } catch (caught) {
      setFailure(failureOf(caught, text.failed));
    }
  }

  return (
    <DialogForm
      text={text}
      onClose={onClose}
      failure={failure}
      fieldIds={fieldId}
      busyMessage={text.busy}
      onSubmit={submit}
    >
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 font-bold">{labels.history}</legend>
        {rows.map((row, index) => {
          const at = (field: string) => fieldMessage(failure, `input.career.workHistory.${index}.${field}`);
          return (
            <div key={row.key} className="flex flex-col gap-2 rounded-8 border border-solid-gray-300 p-3">
              <p className="font-bold">{text.entry(index + 1)}</p>
              <div className="grid gap-2 sm:grid-cols-2">
                <TextField
                  id={`tb-c-from-${index}`}
                  label={text.from}
                  description={text.monthHint}
                  value={row.from}
                  onChange={setRow(row.key, 'from')}
                  errorMessage={at('from')}
                  isRequired
                />
                <TextField
                  id={`tb-c-to-${index}`}
                  label={text.to}
                  description={text.toHint}
                  value={row.to}
                  onChange={setRow(row.key, 'to')}
                  errorMessage={at('to')}
                />
              </div>
              <TextField
                id={`tb-c-company-${index}`}
                label={labels.company}
                value={row.company}
                onChange={setRow(row.key, 'company')}
                errorMessage={at('company')}
                isRequired
              />
              <TextField
                id={`tb-c-duties-${index}`}
                label={labels.duties}
                multiline
                value={row.duties}
                onChange={setRow(row.key, 'duties')}
                errorMessage={at('duties')}
                isRequired
              />
              <TextField
                id={`tb-c-position-${index}`}
                label={labels.position}
                value={row.position}
                onChange={setRow(row.key, 'position')}
                errorMessage={at('position')}
              />
              <div className="grid gap-2 sm:grid-cols-2">
                <Select
                  id={`tb-c-employmentKind-${index}`}
                  label={labels.employmentKind}
                  description={text.employmentKindHint}
                  options={kindOptions}
                  value={row.employmentKind || null}
                  onChange={(value) => setRow(row.key, 'employmentKind')(value ?? '')}
                  errorMessage={at('employmentKind')}
                />
                <TextField
                  id={`tb-c-field-${index}`}
                  label={labels.field}
                  description={text.fieldHint}
                  value={row.field}
                  onChange={setRow(row.key, 'field')}
                  errorMessage={at('field')}
                />
              </div>
              <Button
                variant="quiet"
                onPress={() => setRows((all) => all.filter((each) => each.key !== row.key))}
              >
                {text.removeEntry(index + 1)}
              </Button>
            </div>
          );
        })}
        <Button
          variant="secondary"
          onPress={() =>
            setRows((all) => [
              ...all,
              {
                key: Math.max(-1, ...all.map((each) => each.key)) + 1,
                from: '',
                to: '',
                company: '',
                duties: '',
                position: '',
                employmentKind: '',
                field: '',
              },
            ])
          }
        >
          {text.addEntry}
        </Button>
      </fieldset>
      <SkillPicker
        id="tb-c-qualifications"
        label={labels.qualifications}
        selected={qualifications}
        onChange={setQualifications}
        errorMessage={fieldMessage(failure, 'input.career.qualifications')}
      />
      <SkillPicker
        id="tb-c-skills"
        label={labels.skills}
        selected={skills}
        onChange={setSkills}
        errorMessage={fieldMessage(failure, 'input.career.skills')}
      />
      <TextField
        id="tb-c-strengths"
        label={labels.strengths}
        multiline
        value={strengths}
        onChange={setStrengths}
        errorMessage={fieldMessage(failure, 'input.career.strengths')}
      />
      <TextField
        id="tb-c-evaluation"
        label={labels.evaluation}
        multiline
        value={evaluation}
        onChange={setEvaluation}
        errorMessage={fieldMessage(failure, 'input.career.evaluationSummary')}
      />
    </DialogForm>
  );
}
