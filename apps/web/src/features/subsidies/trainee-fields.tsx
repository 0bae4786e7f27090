import { NumberField, YenField } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import type { TraineeDraft } from './estimate-drafts';
import { fieldErrorsOf, traineeFieldId } from './field-ids';
import { subsidyMessages } from './messages';
import { NamedRow } from './named-row';

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
    <NamedRow
      index={index}
      legend={legend}
      nameLabel={text.name}
      nameId={traineeFieldId(index, 'name')}
      name={trainee.name}
      onName={(name) => set({ name })}
      nameError={error(traineeFieldId(index, 'name'))}
      onRemove={onRemove}
    >
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
    </NamedRow>
  );
}
