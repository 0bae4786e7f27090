import { useMutation } from '@apollo/client/react';
import { Select, TextField } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  OpenCaseFromMatchDocument,
  TakeUpMatchDocument,
  type MatchPairInput,
  type MoveType,
} from '../../gql/graphql';
import { fieldMessage } from '../../shared/api-errors';
import { DialogForm } from '../../shared/dialog-form';
import { useEnumLabel } from '../../shared/enum-labels';
import { useActionFailure } from '../../shared/form-problems';
import { fixedMoveType, matchState, parsePeople } from './match-presentation';
import type { RankedMatch } from './match-view';
import { matchingMessages } from './messages';

const text = matchingMessages.takeUp;

const FIELD_IDS: Record<string, string> = {
  'input.people': 'take-up-people',
  'input.moveType': 'take-up-move-type',
  'input.note': 'take-up-note',
};

/**
 * Takes a counterpart up and opens a case from it (two API calls: the take-up records who proposed what; the case
 * starts at STEP1). If the case cannot be opened, the take-up stands and the dialog asks again for the case only.
 */
export function TakeUpDialog({
  match,
  pair,
  most,
  onClose,
  onTakenUp,
  onOpened,
}: {
  match: RankedMatch;
  pair: MatchPairInput;
  /** The most people both sides can still place. */
  most: number;
  onClose: () => void;
  /** The take-up is recorded (the list should show it) even if no case follows. */
  onTakenUp: () => Promise<void>;
  onOpened: (caseId: string) => void;
}) {
  const moveTypeLabel = useEnumLabel('MoveType');
  const state = matchState(match);
  const [decisionId, setDecisionId] = useState<string | null>(
    state.kind === 'takenUp' ? state.decisionId : null,
  );
  const caseOnly = decisionId !== null;
  const fixed = fixedMoveType(match.moveTypes);
  const [moveType, setMoveType] = useState<MoveType | null>(fixed);
  const [people, setPeople] = useState('');
  const [note, setNote] = useState('');
  const { failure, refuse, attempt } = useActionFailure(text.failed);
  const [takeUp] = useMutation(TakeUpMatchDocument);
  const [openCase] = useMutation(OpenCaseFromMatchDocument);

  function checked(): { people: number | null; moveType: MoveType } | null {
    const count = parsePeople(people);
    if (Number.isNaN(count)) {
      refuse('input.people', text.wholeNumber);
      return null;
    }
    if (!moveType) {
      refuse('input.moveType', text.chooseMoveType);
      return null;
    }
    return { people: count, moveType };
  }

  async function submit() {
    const input = checked();
    if (!input) return;
    await attempt(async () => {
      let taken = decisionId;
      if (!taken) {
        const result = await takeUp({
          variables: { input: { ...pair, people: input.people, note: note.trim() || null } },
        });
        taken = result.data?.takeUpMatch.id ?? null;
        setDecisionId(taken);
        await onTakenUp();
      }
      const opened = await openCase({
        variables: {
          input: { matchDecisionId: taken, moveType: input.moveType, people: input.people },
        },
      });
      const caseId = opened.data?.createCase.id;
      if (caseId) onOpened(caseId);
    });
  }

  return (
    <DialogForm
      text={caseOnly ? { ...text, title: text.titleCaseOnly, submit: text.submitCaseOnly } : text}
      onClose={onClose}
      intro={caseOnly ? text.alreadyTakenUp : text.body(match.company, match.jobTitle)}
      failure={failure}
      fieldIds={FIELD_IDS}
      busyMessage={matchingMessages.busy}
      onSubmit={submit}
    >
      <TextField
        id="take-up-people"
        label={text.people}
        inputMode="numeric"
        description={text.peopleHint(most)}
        value={people}
        onChange={setPeople}
        errorMessage={fieldMessage(failure, 'input.people')}
      />
      {fixed ? (
        <p>{text.moveTypeOnly(moveTypeLabel(fixed))}</p>
      ) : (
        <Select
          id="take-up-move-type"
          label={text.moveType}
          isRequired
          value={moveType}
          onChange={(value) => setMoveType(value as MoveType | null)}
          options={match.moveTypes.map((type) => ({ value: type, label: moveTypeLabel(type) }))}
          errorMessage={fieldMessage(failure, 'input.moveType')}
        />
      )}
      {caseOnly ? null : (
        <TextField
          id="take-up-note"
          label={text.note}
          multiline
          value={note}
          onChange={setNote}
          errorMessage={fieldMessage(failure, 'input.note')}
        />
      )}
    </DialogForm>
  );
}
