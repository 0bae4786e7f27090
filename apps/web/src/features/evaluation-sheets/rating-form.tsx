import { Button, DatePicker, ErrorSummary, TextField, todayInJapan } from '@kakehashi/web-ui';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { RecordEvaluationDocument, type EvaluationMoment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { BusyNote, problemsOf } from '../../shared/form-problems';
import { FlaggedNotes } from './flagged-notes';
import { FollowUpChoice } from './follow-up-choice';
import { sheetMessages } from './messages';
import { RatingCounts } from './rating-counts';
import { RatingTable } from './rating-table';
import { useSheetPage } from './sheet-context';
import { criterionKeys, domIdOf, draftOf, pathOf, ratingInputs, type RatingDraft } from './sheet-view';
import { useSheetCommand } from './use-sheet-command';

const text = sheetMessages.rating;

/**
 * Records one evaluation: the day, who rated and, except for the targets (which carry no ratings), every criterion's
 * grades and the notes the flagged ones need. Re-recording keeps the evaluation's step; the API says what is wrong.
 */
export function RatingForm({ moment }: { moment: EvaluationMoment }) {
  const { sheet, announce, conflict, locked } = useSheetPage();
  const momentLabel = useEnumLabel('EvaluationMoment');
  const evaluation = sheet.evaluations.find((each) => each.moment === moment);
  const keys = useMemo(() => criterionKeys(sheet), [sheet]);
  const [date, setDate] = useState(evaluation?.date ?? todayInJapan());
  const [evaluator, setEvaluator] = useState(evaluation?.evaluatorName ?? '');
  const [lead, setLead] = useState(evaluation?.leadName ?? sheet.header.evaluationLeadName);
  const [draft, setDraft] = useState<RatingDraft>(() => draftOf(keys, evaluation));
  const [followUpId, setFollowUpId] = useState(evaluation?.followUpId ?? null);
  const atFollowUp = moment === 'MIDTERM' && !!sheet.caseId;
  const command = useSheetCommand(RecordEvaluationDocument, text.failed, conflict);
  const targets = moment === 'TARGETS';
  const rated = useMemo(() => (targets ? [] : keys), [targets, keys]);
  const failure = command.failure;
  const errorOf = useCallback(
    (path: string) => failure?.fields.find((each) => pathOf(each.field, rated) === path)?.message,
    [failure, rated],
  );
  const issued = evaluation?.state === 'ISSUED';
  const disabled = locked || issued;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      moment,
      date,
      evaluatorName: targets ? null : evaluator.trim() || null,
      leadName: targets ? null : lead.trim() || null,
      ratings: ratingInputs(rated, draft),
      ...(atFollowUp ? { followUpId } : {}),
    };
    if (await command.run({ input })) announce(text.saved(momentLabel(moment)));
  }
  const onRow = useCallback(
    (key: string, row: RatingDraft[string]) => setDraft((d) => ({ ...d, [key]: row })),
    [],
  );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="rating-heading"
      className="flex flex-col gap-6"
    >
      <h2 id="rating-heading" className="text-xl font-bold">
        {text.heading(momentLabel(moment))}
      </h2>
      {issued ? <p className="font-bold">{text.locked(momentLabel(moment))}</p> : null}
      {targets ? <p>{text.targetsLead}</p> : null}
      <ErrorSummary
        title={text.problems}
        problems={problemsOf(command.failure, (field) => domIdOf(pathOf(field, rated)), text.failed)}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <DatePicker
          id={domIdOf('date')}
          label={text.date}
          isRequired
          value={date}
          onChange={(v) => setDate(v ?? '')}
          errorMessage={errorOf('date')}
        />
        {targets ? null : (
          <>
            <TextField
              id={domIdOf('evaluatorName')}
              label={text.evaluator}
              value={evaluator}
              onChange={setEvaluator}
              errorMessage={errorOf('evaluatorName')}
              isDisabled={disabled}
            />
            <TextField
              id={domIdOf('leadName')}
              label={text.lead}
              value={lead}
              onChange={setLead}
              errorMessage={errorOf('leadName')}
              isDisabled={disabled}
            />
            {atFollowUp && sheet.caseId && !disabled ? (
              <FollowUpChoice
                id={domIdOf('followUpId')}
                caseId={sheet.caseId}
                value={followUpId}
                onChange={setFollowUpId}
                errorMessage={errorOf('followUpId')}
              />
            ) : null}
          </>
        )}
      </div>
      {targets ? null : (
        <>
          {evaluation ? <RatingCounts evaluation={evaluation} /> : null}
          <p className="text-sm text-solid-gray-700">{text.notEvaluatedHelp}</p>
          {[sheet.section2, sheet.section3Basic, sheet.section3Special].map((section) => (
            <RatingTable
              key={section.id}
              section={section}
              draft={draft}
              onRow={onRow}
              errorOf={errorOf}
              disabled={disabled}
            />
          ))}
          {evaluation?.flaggedCriteria.length ? (
            <FlaggedNotes
              flagged={evaluation.flaggedCriteria}
              draft={draft}
              onRow={onRow}
              errorOf={errorOf}
              disabled={disabled}
            />
          ) : null}
        </>
      )}
      {disabled ? null : (
        <div>
          <Button type="submit" isPending={command.running}>
            {text.save(momentLabel(moment))}
          </Button>
          <BusyNote busy={command.running} message={text.busy} />
        </div>
      )}
    </form>
  );
}
