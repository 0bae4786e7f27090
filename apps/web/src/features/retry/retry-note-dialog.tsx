import { useMutation } from '@apollo/client/react';
import { RadioGroup, Select, TextField } from '@kakehashi/web-ui';
import {
  NoteRetryProgrammeDocument,
  type RetryMenuId,
  type RetryNoteItemFragment,
  type RetryNoteStatus,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import { useRecordForm, type LoadedRecord } from '../../shared/record-form/use-record-form';
import { retryMessages } from './messages';

const text = retryMessages.dialog;
const FIELDS = ['menuId', 'status', 'note'] as const;
type Field = (typeof FIELDS)[number];

/** Whose record: a case's secondee or a talent bank registrant. */
export type RetryPerson = { caseId: string } | { registrantId: string };

/** A note as the form holds it; version 0 is "not recorded yet" (the API is then sent no version). */
export function loadedNote(note: RetryNoteItemFragment | null): LoadedRecord<Field> {
  return note
    ? { values: { menuId: note.menuId, status: note.status, note: note.note ?? '' }, version: note.version }
    : { values: { menuId: '', status: 'SUGGESTED', note: '' }, version: 0 };
}

/**
 * Notes a programme (new: a menu not yet noted for the person) or changes a note, naming the version read: when
 * another consultant saved first, the stored note is laid beside the user's input (shared conflict panel).
 */
export function RetryNoteDialog({
  person,
  note,
  notedMenus,
  reload,
  onClose,
  onDone,
}: {
  person: RetryPerson;
  /** null: a new note. */
  note: RetryNoteItemFragment | null;
  /** Menus already noted for the person (a new note offers the others). */
  notedMenus: readonly string[];
  /** The person's notes as stored now. */
  reload: () => Promise<readonly RetryNoteItemFragment[]>;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const form = useRecordForm<Field>({
    text: { cancel: text.cancel, conflict: retryMessages.conflict },
    idPrefix: 'retry-note',
    fields: FIELDS,
    initial: loadedNote(note),
  });
  const [noteProgramme] = useMutation(NoteRetryProgrammeDocument);
  const menuLabel = useEnumLabel('RetryMenuId');
  const statusLabel = useEnumLabel('RetryNoteStatus');
  const menus = useEnumOptions('RetryMenuId').filter(
    (option) => option.value === form.values.menuId || !notedMenus.includes(option.value),
  );
  const statuses = useEnumOptions('RetryNoteStatus');

  async function submit(): Promise<string | null> {
    const { menuId, status } = form.values;
    const saved = await form.save(
      async (edit) => {
        await noteProgramme({
          variables: {
            input: {
              ...person,
              menuId: edit.values.menuId as RetryMenuId,
              status: edit.values.status as RetryNoteStatus,
              note: edit.values.note.trim() || null,
              version: edit.version || null,
            },
          },
        });
      },
      {
        localProblems: menuId ? {} : { menuId: retryMessages.menuRequired },
        reload: async () =>
          loadedNote((await reload()).find((each) => each.menuId === form.values.menuId) ?? null),
      },
    );
    return saved ? retryMessages.notes.saved(menuLabel(menuId), statusLabel(status)) : null;
  }

  return (
    <RecordFormDialog
      title={note ? text.editTitle : text.addTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={submit}
      onClose={onClose}
      onDone={onDone}
      labels={retryMessages.fields}
      display={(field, value) =>
        field === 'menuId' ? menuLabel(value) : field === 'status' ? statusLabel(value) : value
      }
    >
      <NoteFields form={form} menus={menus} statuses={statuses} editing={Boolean(note)} />
    </RecordFormDialog>
  );
}

function NoteFields({
  form,
  menus,
  statuses,
  editing,
}: {
  form: ReturnType<typeof useRecordForm<Field>>;
  menus: { value: string; label: string }[];
  statuses: { value: string; label: string }[];
  editing: boolean;
}) {
  return (
    <>
      {editing ? (
        <p>
          <span className="font-bold">{text.menu}</span>：
          {menus.find((m) => m.value === form.values.menuId)?.label}
        </p>
      ) : (
        <Select
          id={form.idFor('menuId')}
          label={text.menu}
          options={menus}
          value={form.values.menuId || null}
          onChange={(value) => form.set('menuId', value ?? '')}
          description={text.menuHint}
          errorMessage={form.errorFor('menuId')}
          isRequired
        />
      )}
      <RadioGroup
        id={form.idFor('status')}
        label={text.status}
        options={statuses}
        value={form.values.status}
        onChange={(value) => form.set('status', value)}
        errorMessage={form.errorFor('status')}
        isRequired
      />
      <TextField
        id={form.idFor('note')}
        label={text.note}
        description={text.noteHint}
        multiline
        value={form.values.note}
        onChange={(value) => form.set('note', value)}
        errorMessage={form.errorFor('note')}
      />
    </>
  );
}
