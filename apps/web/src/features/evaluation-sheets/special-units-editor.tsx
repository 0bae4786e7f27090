import { Button, Checkbox, Select, TextField } from '@kakehashi/web-ui';
import type { CriterionSourceKind, EvaluationCriterionInput, EvaluationUnitInput } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { emptyCriterion, removeAt, replaceAt } from './editor-draft';
import { sheetMessages } from './messages';
import { domIdOf } from './sheet-view';

const text = sheetMessages.editor;

type ErrorOf = (path: string) => string | undefined;

/** III(2) 専門的事項: units and criteria set for the duty, each criterion with its source and code (R-ES-5, 10). */
export function SpecialUnitsEditor({
  units,
  onChange,
  errorOf,
}: {
  units: EvaluationUnitInput[];
  onChange: (units: EvaluationUnitInput[]) => void;
  errorOf: ErrorOf;
}) {
  return (
    <div className="flex flex-col gap-4">
      {units.map((unit, u) => (
        <UnitEditor
          key={u}
          unit={unit}
          path={`section3Special.units.${u}`}
          number={u + 1}
          onChange={(next) => onChange(replaceAt(units, u, next))}
          onRemove={() => onChange(removeAt(units, u))}
          errorOf={errorOf}
        />
      ))}
      <div>
        <Button
          variant="secondary"
          onPress={() => onChange([...units, { name: text.newUnit, criteria: [emptyCriterion()] }])}
        >
          {text.addUnit}
        </Button>
      </div>
    </div>
  );
}

function UnitEditor(props: {
  unit: EvaluationUnitInput;
  path: string;
  number: number;
  onChange: (unit: EvaluationUnitInput) => void;
  onRemove: () => void;
  errorOf: ErrorOf;
}) {
  const { unit, path, onChange, errorOf } = props;
  const setCriteria = (criteria: EvaluationCriterionInput[]) => onChange({ ...unit, criteria });
  return (
    <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 font-bold">{unit.name || text.unitName(props.number)}</legend>
      <TextField
        id={domIdOf(`${path}.name`)}
        label={text.unitName(props.number)}
        value={unit.name}
        onChange={(name) => onChange({ ...unit, name })}
        errorMessage={errorOf(`${path}.name`)}
      />
      {unit.criteria.map((criterion, c) => (
        <CriterionEditor
          key={c}
          criterion={criterion}
          path={`${path}.criteria.${c}`}
          number={c + 1}
          onChange={(next) => setCriteria(replaceAt(unit.criteria, c, next))}
          onRemove={() => setCriteria(removeAt(unit.criteria, c))}
          errorOf={errorOf}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onPress={() => setCriteria([...unit.criteria, emptyCriterion()])}>
          {text.addCriterion}
        </Button>
        <Button variant="danger" onPress={props.onRemove}>
          {text.removeUnit(unit.name)}
        </Button>
      </div>
    </fieldset>
  );
}

function CriterionEditor(props: {
  criterion: EvaluationCriterionInput;
  path: string;
  number: number;
  onChange: (criterion: EvaluationCriterionInput) => void;
  onRemove: () => void;
  errorOf: ErrorOf;
}) {
  const { criterion, path, number: n, errorOf } = props;
  const kinds = useEnumOptions('CriterionSourceKind');
  const set = (patch: Partial<EvaluationCriterionInput>) => props.onChange({ ...criterion, ...patch });
  const id = (field: string) => domIdOf(`${path}.${field}`);
  return (
    <div className="grid gap-3 border-t border-solid-gray-300 pt-3 md:grid-cols-3">
      <div className="md:col-span-3">
        <TextField
          id={id('text')}
          label={text.text(n)}
          value={criterion.text}
          onChange={(v) => set({ text: v })}
          errorMessage={errorOf(`${path}.text`)}
        />
      </div>
      <Select
        id={id('sourceKind')}
        label={text.sourceKind(n)}
        options={kinds}
        value={criterion.sourceKind}
        onChange={(v) => set({ sourceKind: (v ?? 'OWN') as CriterionSourceKind })}
        errorMessage={errorOf(`${path}.sourceKind`)}
      />
      <TextField
        id={id('sourceName')}
        label={text.sourceName(n)}
        value={criterion.sourceName}
        onChange={(v) => set({ sourceName: v })}
        errorMessage={errorOf(`${path}.sourceName`)}
      />
      <TextField
        id={id('code')}
        label={text.code(n)}
        value={criterion.code}
        onChange={(v) => set({ code: v })}
        errorMessage={errorOf(`${path}.code`)}
      />
      {criterion.sourceKind === 'OTHER_BODY' ? (
        <div id={id('bureauConfirmed')} className="md:col-span-3">
          <Checkbox
            isSelected={Boolean(criterion.bureauConfirmed)}
            onChange={(v) => set({ bureauConfirmed: v })}
          >
            {text.bureau(n)}
          </Checkbox>
        </div>
      ) : null}
      <div className="md:col-span-3">
        <Button variant="quiet" onPress={props.onRemove}>
          {text.removeCriterion(n)}
        </Button>
      </div>
    </div>
  );
}
