import { Button, NumberField, Select, TextField } from '@kakehashi/web-ui';
import type { CurriculumRowKind, LecturerBasis, OffJtDelivery } from '../../gql/graphql';
import type { Option } from '@kakehashi/web-ui';
import type { CurriculumRowForm } from './plan-form';
import { planMessages } from './messages';

const text = planMessages.curriculum;

export interface RowChoices {
  kinds: Option[];
  deliveries: Option[];
  bases: Option[];
}

/**
 * One row of the curriculum: its kind (OJT, Off-JT 学科・実技), name, content and time; an Off-JT row also says how it is
 * given, by whom, its unit time and (own staff) the lecturer's basis.
 */
export function CurriculumRow({
  row,
  index,
  choices,
  onChange,
  onRemove,
  errorAt,
}: {
  row: CurriculumRowForm;
  index: number;
  choices: RowChoices;
  onChange: (changes: Partial<CurriculumRowForm>) => void;
  onRemove: () => void;
  errorAt: (inputId: string) => string | undefined;
}) {
  const id = (property: string) => `plan-row-${index}-${property}`;
  const n = index + 1;
  return (
    <li className="flex flex-col gap-3 rounded-8 border border-solid-gray-300 p-3">
      <h4 className="font-bold">{text.row(n)}</h4>
      <div className="grid gap-3 md:grid-cols-2">
        <Select
          id={id('kind')}
          label={text.kind}
          options={choices.kinds}
          value={row.kind}
          onChange={(kind) => kind && onChange({ kind: kind as CurriculumRowKind })}
          errorMessage={errorAt(id('kind'))}
          isRequired
        />
        <TextField
          id={id('name')}
          label={text.name}
          value={row.name}
          onChange={(name) => onChange({ name })}
          errorMessage={errorAt(id('name'))}
          isRequired
        />
      </div>
      <TextField
        id={id('content')}
        label={text.content}
        multiline
        value={row.content}
        onChange={(content) => onChange({ content })}
        errorMessage={errorAt(id('content'))}
        isRequired
      />
      <div className="grid grid-cols-2 gap-3">
        <NumberField
          id={id('hours')}
          label={text.hours}
          unit="時間"
          minValue={0}
          value={row.hours}
          onChange={(hours) => onChange({ hours })}
          errorMessage={errorAt(id('hours'))}
        />
        <NumberField
          id={id('minutes')}
          label={text.minutes}
          unit="分"
          minValue={0}
          maxValue={59}
          value={row.minutes}
          onChange={(minutes) => onChange({ minutes })}
        />
      </div>
      {row.kind === 'OJT' ? null : (
        <OffJtFields row={row} index={index} choices={choices} onChange={onChange} errorAt={errorAt} />
      )}
      <div>
        <Button variant="quiet" onPress={onRemove}>
          {text.remove(n)}
        </Button>
      </div>
    </li>
  );
}

function OffJtFields({
  row,
  index,
  choices,
  onChange,
  errorAt,
}: {
  row: CurriculumRowForm;
  index: number;
  choices: RowChoices;
  onChange: (changes: Partial<CurriculumRowForm>) => void;
  errorAt: (inputId: string) => string | undefined;
}) {
  const id = (property: string) => `plan-row-${index}-${property}`;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Select
        id={id('offJtDelivery')}
        label={text.delivery}
        options={choices.deliveries}
        value={row.offJtDelivery}
        onChange={(value) => onChange({ offJtDelivery: value as OffJtDelivery | null })}
        errorMessage={errorAt(id('offJtDelivery'))}
      />
      <TextField
        id={id('provider')}
        label={text.provider}
        value={row.provider}
        onChange={(provider) => onChange({ provider })}
        errorMessage={errorAt(id('provider'))}
      />
      <NumberField
        id={id('unitMinutes')}
        label={text.unitMinutes}
        unit="分"
        minValue={0}
        value={row.unitMinutes}
        onChange={(unitMinutes) => onChange({ unitMinutes })}
        errorMessage={errorAt(id('unitMinutes'))}
      />
      {row.offJtDelivery === 'OWN_STAFF' ? (
        <>
          <Select
            id={id('lecturerBasis')}
            label={text.lecturerBasis}
            options={choices.bases}
            value={row.lecturerBasis}
            onChange={(value) => onChange({ lecturerBasis: value as LecturerBasis | null })}
            errorMessage={errorAt(id('lecturerBasis'))}
          />
          <NumberField
            id={id('lecturerExperienceYears')}
            label={text.lecturerYears}
            unit="年"
            minValue={0}
            value={row.lecturerExperienceYears}
            onChange={(lecturerExperienceYears) => onChange({ lecturerExperienceYears })}
            errorMessage={errorAt(id('lecturerExperienceYears'))}
          />
        </>
      ) : null}
    </div>
  );
}
