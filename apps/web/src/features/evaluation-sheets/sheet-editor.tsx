import { Button, DatePicker, ErrorSummary, TextField } from '@kakehashi/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { UpdateEvaluationSheetDocument } from '../../gql/graphql';
import { BusyNote, problemsOf } from '../../shared/form-problems';
import { BasicUnitAdder } from './basic-unit-adder';
import { editorDraftOf, updateInputOf, type EditorDraft } from './editor-draft';
import { sheetMessages } from './messages';
import { OjtRows } from './ojt-rows';
import { SectionTable } from './section-table';
import { useSheetPage } from './sheet-context';
import { domIdOf, pathOf } from './sheet-view';
import { SpecialUnitsEditor } from './special-units-editor';
import { useSheetCommand } from './use-sheet-command';

const text = sheetMessages;
type Comments = EditorDraft['comments'];

/**
 * The sheet's content: the header, section I, section II (fixed, read-only), III(1) (whole units may be added) and
 * III(2) with each criterion's source and code, and each section's 総評・コメント. Saved together; the API refuses
 * malformed input field by field and reports the seeds' rules (more than half cited…) as findings.
 */
export function SheetEditor() {
  const { sheet, announce, conflict, locked } = useSheetPage();
  const [draft, setDraft] = useState<EditorDraft>(() => editorDraftOf(sheet));
  const command = useSheetCommandFor(conflict);
  const errorOf = (path: string) =>
    command.failure?.fields.find((each) => pathOf(each.field) === path)?.message;
  const set = (patch: Partial<EditorDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setHeader = (key: keyof EditorDraft['header']) => (value: string) =>
    setDraft((d) => ({ ...d, header: { ...d.header, [key]: value } }));
  const comment = (key: keyof Comments) => (
    <TextField
      id={domIdOf(`comments.${key}`)}
      label={text.sections.comment}
      multiline
      value={draft.comments[key]}
      onChange={(v) => set({ comments: { ...draft.comments, [key]: v } })}
      errorMessage={errorOf(`comments.${key}`)}
      isDisabled={locked}
    />
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await command.run({ input: updateInputOf(sheet, draft) })) announce(text.sheet.saved);
  }
  const citation = sheet.specialCitation;
  const defaults = { from: draft.periodStart, to: draft.periodEnd, kind: 'OJT' as const, description: '' };
  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={text.editor.edit}
        className="flex flex-col gap-6"
      >
        <ErrorSummary
          title={text.editor.problems}
          problems={problemsOf(command.failure, (f) => domIdOf(pathOf(f)), text.editor.failed)}
        />
        <Part title={text.editor.headerPart}>
          <div className="grid gap-4 md:grid-cols-2">
            {(['traineeName', 'duty', 'company', 'evaluationLeadName', 'representativeName'] as const).map(
              (key) => (
                <TextField
                  key={key}
                  id={domIdOf(`header.${key}`)}
                  label={HEADER_LABELS[key]}
                  value={draft.header[key]}
                  onChange={setHeader(key)}
                  errorMessage={errorOf(`header.${key}`)}
                />
              ),
            )}
            <DatePicker
              id={domIdOf('periodStart')}
              label={text.create.periodStart}
              value={draft.periodStart || null}
              onChange={(v) => set({ periodStart: v ?? '' })}
              errorMessage={errorOf('periodStart')}
            />
            <DatePicker
              id={domIdOf('periodEnd')}
              label={text.create.periodEnd}
              value={draft.periodEnd || null}
              onChange={(v) => set({ periodEnd: v ?? '' })}
              errorMessage={errorOf('periodEnd')}
            />
          </div>
        </Part>
        <Part>
          <OjtRows
            rows={draft.ojtDuties}
            onChange={(ojtDuties) => set({ ojtDuties })}
            errorOf={errorOf}
            defaults={defaults}
          />
          {comment('section1')}
        </Part>
        <Part title={sheet.section2.title}>
          <p>{text.sections.s2Fixed}</p>
          <SectionTable section={sheet.section2} />
          {comment('section2')}
        </Part>
        <Part title={sheet.section3Basic.title}>
          <SectionTable section={sheet.section3Basic} />
          {comment('section3Basic')}
        </Part>
        <Part title={sheet.section3Special.title} id={domIdOf('section3Special')}>
          <p className="font-bold">
            {text.sections.citation(citation.cited, citation.total, citation.required)}
          </p>
          <SpecialUnitsEditor
            units={draft.specialUnits}
            onChange={(specialUnits) => set({ specialUnits })}
            errorOf={errorOf}
          />
          {comment('section3Special')}
        </Part>
        <div>
          <Button type="submit" isPending={command.running}>
            {text.editor.save}
          </Button>
          <BusyNote busy={command.running} message={text.editor.busy} />
        </div>
      </form>
      <Part title={text.editor.addBasicUnit}>
        <BasicUnitAdder />
      </Part>
    </div>
  );
}

const HEADER_LABELS = {
  traineeName: text.create.traineeName,
  duty: text.create.duty,
  company: text.create.company,
  evaluationLeadName: text.create.lead,
  representativeName: text.create.representative,
};

function useSheetCommandFor(conflict: () => void) {
  return useSheetCommand(UpdateEvaluationSheetDocument, text.editor.failed, conflict);
}

function Part({ title, id, children }: { title?: string; id?: string; children: ReactNode }) {
  return (
    <section
      id={id}
      tabIndex={id ? -1 : undefined}
      className="flex flex-col gap-4 rounded-16 bg-white p-6 shadow-sm"
    >
      {title ? <h3 className="text-lg font-bold">{title}</h3> : null}
      {children}
    </section>
  );
}
