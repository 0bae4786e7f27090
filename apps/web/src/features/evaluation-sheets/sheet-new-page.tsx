import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, ErrorSummary, PageHeader, Select, TextField } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import {
  CreateEvaluationSheetDocument,
  EvaluationSheetReferenceDocument,
  type CreateEvaluationSheetInput,
  type EvaluationDutyType,
} from '../../gql/graphql';
import { fieldMessage } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { BusyNote, problemsOf } from '../../shared/form-problems';
import { sheetMessages } from './messages';
import type { SheetNewSearch } from './sheets-search';
import { domIdOf, pathOf } from './sheet-view';
import { useSheetCommand } from './use-sheet-command';

const text = sheetMessages.create;

type Draft = Omit<CreateEvaluationSheetInput, 'subjectKind' | 'dutyType'> & {
  dutyType: EvaluationDutyType | null;
};

function draftOf(search: SheetNewSearch): Draft {
  return {
    caseId: search.caseId ?? null,
    caseWorkerId: search.caseWorkerId ?? null,
    registrantId: search.registrantId ?? null,
    companyId: search.companyId ?? null,
    traineeName: search.traineeName ?? '',
    duty: '',
    dutyType: null,
    periodStart: '',
    periodEnd: '',
    company: '',
    evaluationLeadName: '',
    representativeName: '',
    specialModelCode: null,
  };
}

/** A new sheet for the subject the URL names: the header and the models to start from; the API drafts the rest. */
export function EvaluationSheetNewPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/jobcard/sheets/new' });
  const kind = useEnumLabel('EvaluationSubjectKind');
  return (
    <>
      <PageHeader title={text.title} lead={text.intro} />
      {search.subjectKind ? (
        <>
          <p className="mb-4 font-bold">{text.subjectLine(kind(search.subjectKind))}</p>
          <NewSheetForm search={search} subjectKind={search.subjectKind} />
        </>
      ) : (
        <p role="alert">{text.noSubject}</p>
      )}
    </>
  );
}

function NewSheetForm({
  search,
  subjectKind,
}: {
  search: SheetNewSearch;
  subjectKind: NonNullable<SheetNewSearch['subjectKind']>;
}) {
  const navigate = useNavigate();
  const { data } = useQuery(EvaluationSheetReferenceDocument);
  const [draft, setDraft] = useState<Draft>(() => draftOf(search));
  const command = useSheetCommand(CreateEvaluationSheetDocument, text.failed);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) => fieldMessage(command.failure, `input.${field}`);
  const reference = data?.evaluationSheetReference;
  const dutyTypes = (reference?.dutyTypes ?? []).map((each) => ({
    value: each.dutyType,
    label: each.hasModel ? each.name : `${each.name} ${text.noModel}`,
  }));
  const models = [
    { value: '', label: text.specialModelNone },
    ...(reference?.specialModels ?? []).map((m) => ({ value: m.code, label: `${m.title}（${m.code}）` })),
  ];
  async function submit(event: FormEvent) {
    event.preventDefault();
    const { dutyType, ...rest } = draft;
    // The one choice the API cannot be asked without (an enum); every other check is the API's.
    if (!dutyType) return command.refuse('input.dutyType', text.dutyTypeMissing);
    const sheet = await command.run({ input: { ...rest, subjectKind, dutyType } });
    if (sheet) await navigate({ to: '/jobcard/sheets/$sheetId', params: { sheetId: sheet.id } });
  }
  const id = (field: string) => domIdOf(field);
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="flex flex-col gap-4 rounded-16 bg-white p-6 shadow-sm"
    >
      <ErrorSummary
        title={text.problems}
        problems={problemsOf(command.failure, (field) => id(pathOf(field)), text.failed)}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={id('traineeName')}
          label={text.traineeName}
          isRequired
          value={draft.traineeName}
          onChange={set('traineeName')}
          errorMessage={error('traineeName')}
        />
        <TextField
          id={id('duty')}
          label={text.duty}
          isRequired
          description={text.dutyHelp}
          value={draft.duty}
          onChange={set('duty')}
          errorMessage={error('duty')}
        />
        <Select
          id={id('dutyType')}
          label={text.dutyType}
          isRequired
          options={dutyTypes}
          value={draft.dutyType}
          onChange={(v) => set('dutyType')(v as EvaluationDutyType | null)}
          errorMessage={error('dutyType')}
        />
        <Select
          id={id('specialModelCode')}
          label={text.specialModel}
          options={models}
          value={draft.specialModelCode ?? ''}
          onChange={(v) => set('specialModelCode')(v || null)}
          errorMessage={error('specialModelCode')}
        />
        <DatePicker
          id={id('periodStart')}
          label={text.periodStart}
          isRequired
          value={draft.periodStart || null}
          onChange={(v) => set('periodStart')(v ?? '')}
          errorMessage={error('periodStart')}
        />
        <DatePicker
          id={id('periodEnd')}
          label={text.periodEnd}
          isRequired
          value={draft.periodEnd || null}
          onChange={(v) => set('periodEnd')(v ?? '')}
          errorMessage={error('periodEnd')}
        />
        <TextField
          id={id('company')}
          label={text.company}
          value={draft.company ?? ''}
          onChange={set('company')}
          errorMessage={error('company')}
        />
        <TextField
          id={id('evaluationLeadName')}
          label={text.lead}
          value={draft.evaluationLeadName ?? ''}
          onChange={set('evaluationLeadName')}
          errorMessage={error('evaluationLeadName')}
        />
        <TextField
          id={id('representativeName')}
          label={text.representative}
          value={draft.representativeName ?? ''}
          onChange={set('representativeName')}
          errorMessage={error('representativeName')}
        />
      </div>
      <div>
        <Button type="submit" isPending={command.running}>
          {text.submit}
        </Button>
        <BusyNote busy={command.running} message={text.busy} />
      </div>
    </form>
  );
}
