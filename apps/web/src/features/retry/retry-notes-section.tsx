import { useQuery } from '@apollo/client/react';
import { Button, formatDate } from '@kakehashi/web-ui';
import { useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import {
  CaseRetryNotesDocument,
  RegistrantRetryNotesDocument,
  type RetryNoteItemFragment,
} from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { retryMessages } from './messages';
import { RetryNoteDialog, type RetryPerson } from './retry-note-dialog';

const text = retryMessages.notes;

/** The person's notes, from the case (its secondee) or the registrant, and a way to read them again. */
function useRetryNotes(person: RetryPerson) {
  const caseId = 'caseId' in person ? person.caseId : null;
  const registrantId = 'registrantId' in person ? person.registrantId : null;
  const byCase = useQuery(CaseRetryNotesDocument, { variables: { id: caseId ?? '' }, skip: !caseId });
  const byRegistrant = useQuery(RegistrantRetryNotesDocument, {
    variables: { id: registrantId ?? '' },
    skip: !registrantId,
  });
  const notes = caseId ? byCase.data?.case.retryNotes : byRegistrant.data?.talentBankRegistrant.retryNotes;
  async function reload(): Promise<readonly RetryNoteItemFragment[]> {
    if (caseId) return (await byCase.refetch()).data?.case.retryNotes ?? [];
    return (await byRegistrant.refetch()).data?.talentBankRegistrant.retryNotes ?? [];
  }
  return { notes, error: byCase.error ?? byRegistrant.error, reload };
}

/**
 * A section of the registrant's or the case's page: the RETRY programmes suggested to or taken by the person, and
 * (for those who work Job Card records) noting one or changing a note.
 */
export function RetryNotesSection(person: RetryPerson) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const { notes, error, reload } = useRetryNotes(person);
  const [dialog, setDialog] = useState<{ note: RetryNoteItemFragment | null } | null>(null);
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby="retry-notes-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="retry-notes-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1 text-solid-gray-700">{text.lead}</p>
      <p role="status" className={status ? 'mb-4 rounded-8 bg-green-50 p-3 font-bold' : 'sr-only'}>
        {status}
      </p>
      {error ? (
        <p role="alert">{text.loadFailed}</p>
      ) : !notes ? (
        <p role="status">{text.loading}</p>
      ) : notes.length ? (
        <NotesTable notes={notes} onEdit={me.worksJobcard ? (note) => setDialog({ note }) : undefined} />
      ) : (
        <p>{text.none}</p>
      )}
      {me.worksJobcard && notes ? (
        <Button variant="secondary" className="mt-4" onPress={() => setDialog({ note: null })}>
          {text.add}
        </Button>
      ) : null}
      {dialog && notes ? (
        <RetryNoteDialog
          person={person}
          note={dialog.note}
          notedMenus={notes.map((each) => each.menuId)}
          reload={reload}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setStatus(message);
            void reload();
          }}
        />
      ) : null}
    </section>
  );
}

function NotesTable({
  notes,
  onEdit,
}: {
  notes: readonly RetryNoteItemFragment[];
  onEdit?: (note: RetryNoteItemFragment) => void;
}) {
  const statusLabel = useEnumLabel('RetryNoteStatus');
  return (
    <ListTable
      label={text.tableLabel}
      minWidth="min-w-[36rem]"
      columns={[
        { key: 'menu', label: text.menu },
        { key: 'status', label: text.status },
        { key: 'note', label: text.note },
        { key: 'notedOn', label: text.notedOn },
        onEdit ? { key: 'actions', label: text.actions } : null,
      ]}
    >
      {notes.map((note) => (
        <tr key={note.id}>
          <th scope="row" className={`${rowHeadCell} [word-break:auto-phrase]`}>
            {note.menu.groupName}：{note.menu.title}
          </th>
          <td className={bodyCell}>{statusLabel(note.status)}</td>
          <td className={`${bodyCell} break-words`}>{note.note ?? text.noNote}</td>
          <td className={`${bodyCell} whitespace-nowrap`}>{formatDate(note.notedOn)}</td>
          {onEdit ? (
            <td className={bodyCell}>
              <Button variant="quiet" onPress={() => onEdit(note)}>
                {text.editShort}
                <span className="sr-only">{text.edit(note.menu.title)}</span>
              </Button>
            </td>
          ) : null}
        </tr>
      ))}
    </ListTable>
  );
}
