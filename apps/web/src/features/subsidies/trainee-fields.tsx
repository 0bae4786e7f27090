import { Button, NumberField, TextField, YenField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import type { TraineeDraft } from './estimate-drafts';
import { fieldErrorsOf, traineeFieldId } from './field-ids';
import { subsidyMessages } from './messages';

const text = subsidyMessages.training;

/** One trainee's hours (hours and minutes, as logged) and the Off-JT cost the employer bore. */
export function TraineeFields({
  index,
  trainee,
  failure,
  onChange,
  onRemove,
}: {
  index: number;
  trainee: TraineeDraft;
  failure: ApiErrorInfo | null;
  onChange: (next: TraineeDraft) => void;
  /** Absent for the only trainee (an estimate has at least one). */
  onRemove?: () => void;
}) {
  const error = fieldErrorsOf(failure);
  const set = (patch: Partial<TraineeDraft>) => onChange({ ...trainee, ...patch });
  const legend = text.trainee(index + 1);
  return (
    <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 font-bold">{legend}</legend>
      <TextField
        id={traineeFieldId(index, 'name')}
        label={text.name}
        description={subsidyMessages.form.nameHelp(index + 1)}
        value={trainee.name}
        onChange={(name) => set({ name })}
        errorMessage={error(traineeFieldId(index, 'name'))}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          id={traineeFieldId(index, 'offJtMinutes')}
          label={text.offJtHours}
          unit="時間"
          value={trainee.offJtHours}
          onChange={(offJtHours) => set({ offJtHours })}
          errorMessage={error(traineeFieldId(index, 'offJtMinutes'))}
        />
        <NumberField
          label={text.offJtMinutes}
          unit="分"
          value={trainee.offJtMinutes}
          onChange={(offJtMinutes) => set({ offJtMinutes })}
        />
        <NumberField
          id={traineeFieldId(index, 'ojtMinutes')}
          label={text.ojtHours}
          unit="時間"
          value={trainee.ojtHours}
          onChange={(ojtHours) => set({ ojtHours })}
          errorMessage={error(traineeFieldId(index, 'ojtMinutes'))}
        />
        <NumberField
          label={text.ojtMinutes}
          unit="分"
          value={trainee.ojtMinutes}
          onChange={(ojtMinutes) => set({ ojtMinutes })}
        />
      </div>
      <p className="text-sm text-solid-gray-700">{text.hoursHelp}</p>
      <YenField
        id={traineeFieldId(index, 'costBorneYen')}
        label={text.cost}
        value={trainee.cost}
        onChange={(cost) => set({ cost })}
        errorMessage={error(traineeFieldId(index, 'costBorneYen'))}
      />
      {onRemove ? (
        <div>
          <Button variant="secondary" onPress={onRemove}>
            {subsidyMessages.form.remove(legend)}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
