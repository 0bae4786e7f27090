import { Button, ErrorSummary, StepList } from '@kakehashi/web-ui';
import { AdvanceEvaluationDocument, type EvaluationMoment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { BusyNote, problemsOf } from '../../shared/form-problems';
import { FlaggedTable } from './flagged-table';
import { sheetMessages } from './messages';
import { useSheetPage } from './sheet-context';
import { currentMoment, domIdOf, momentSteps, nextState, pathOf, stateSteps } from './sheet-view';
import { useSheetCommand } from './use-sheet-command';

const text = sheetMessages;

/**
 * The stepper: which of the three moments is current, the step its evaluation is at, what the API says is still
 * missing, and the button that moves it on (the API refuses, naming each missing record, when it may not).
 */
export function EvaluationProgress() {
  const { sheet, locked } = useSheetPage();
  const momentLabel = useEnumLabel('EvaluationMoment');
  const stateLabel = useEnumLabel('EvaluationState');
  const current = currentMoment(sheet.evaluations);
  const evaluation = sheet.evaluations.find((each) => each.moment === current);
  return (
    <section aria-labelledby="progress-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="progress-heading" className="mb-4 text-xl font-bold">
        {text.steps.label}
      </h2>
      <StepList label={text.steps.label} steps={momentSteps(sheet.evaluations, momentLabel)} />
      {current && current !== 'TARGETS' ? (
        <div className="mt-4">
          <StepList
            label={text.steps.stateLabel(momentLabel(current))}
            steps={stateSteps(evaluation?.state ?? null, stateLabel)}
          />
        </div>
      ) : null}
      {!current ? <p className="mt-4 font-bold">{text.steps.allIssued}</p> : null}
      {current && !locked ? <NextStep moment={current} /> : null}
    </section>
  );
}

function NextStep({ moment }: { moment: EvaluationMoment }) {
  const { sheet, announce, conflict } = useSheetPage();
  const momentLabel = useEnumLabel('EvaluationMoment');
  const stateLabel = useEnumLabel('EvaluationState');
  const command = useSheetCommand(AdvanceEvaluationDocument, text.advance.failed, conflict);
  const evaluation = sheet.evaluations.find((each) => each.moment === moment);
  const to = nextState(moment, evaluation?.state ?? null);
  const errors = evaluation?.findings ?? [];
  async function advance() {
    if (!to) return;
    const input = { sheetId: sheet.id, expectedVersion: sheet.version, moment, to };
    if (await command.run({ input })) announce(text.advance.advanced(stateLabel(to)));
  }
  return (
    <div className="mt-6 flex flex-col gap-4">
      <h3 className="text-lg font-bold">{text.advance.heading}</h3>
      {!evaluation ? <p>{text.advance.recordFirst(momentLabel(moment))}</p> : null}
      {evaluation ? (
        <div>
          <p className="font-bold">{text.advance.needed}</p>
          {errors.length ? (
            <ul className="mt-1 list-disc pl-6">
              {errors.map((finding, index) => (
                <li key={`${finding.code}-${index}`}>{finding.message}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1">{text.advance.nothing}</p>
          )}
        </div>
      ) : null}
      {evaluation?.flaggedCriteria.length ? <FlaggedTable flagged={evaluation.flaggedCriteria} /> : null}
      <ErrorSummary
        title={text.advance.problems}
        problems={problemsOf(command.failure, (field) => domIdOf(pathOf(field)), text.advance.failed)}
      />
      {to ? (
        <div>
          <Button onPress={() => void advance()} isPending={command.running}>
            {moment === 'TARGETS' ? text.advance.present : text.advance.to(stateLabel(to))}
          </Button>
          <BusyNote busy={command.running} message={text.advance.busy} />
        </div>
      ) : null}
    </div>
  );
}
