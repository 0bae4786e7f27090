import { useEffect, useRef, useState } from 'react';
import { Button, focusField } from '@kakehashi/web-ui';
import { useEnumOptions } from '../../shared/enum-labels';
import { CurriculumRow } from './curriculum-row';
import { groupClass, legendClass, type EditorPartProps } from './plan-editor-kit';
import { emptyRow, nextRowKey, type CurriculumRowForm } from './plan-form';
import { planMessages } from './messages';

const text = planMessages.curriculum;

/**
 * The curriculum's rows, added and removed by keyboard: a new row takes the focus (its kind), a removed row hands it
 * to the add button; both are announced politely.
 */
export function CurriculumFields({ form, patch, errorAt }: EditorPartProps) {
  const choices = {
    kinds: useEnumOptions('CurriculumRowKind'),
    deliveries: useEnumOptions('OffJtDelivery'),
    bases: useEnumOptions('LecturerBasis'),
  };
  const [announce, setAnnounce] = useState('');
  // The input to focus once the rows have been drawn again (after an add or a remove).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    focusField(focusNext.current);
    focusNext.current = null;
  });
  const rows = form.curriculum;
  const setRows = (curriculum: CurriculumRowForm[]) => patch({ curriculum });

  function add() {
    setRows([...rows, emptyRow(nextRowKey(rows), rows.length ? 'OFF_JT_LECTURE' : 'OJT')]);
    setAnnounce(text.added(rows.length + 1));
    focusNext.current = `plan-row-${rows.length}-kind`;
  }
  function remove(index: number) {
    setRows(rows.filter((_, at) => at !== index));
    setAnnounce(text.removed(index + 1));
    focusNext.current = 'plan-row-add';
  }

  return (
    <fieldset
      id="plan-curriculum"
      className={groupClass}
      aria-describedby={errorAt('plan-curriculum') ? 'plan-curriculum-error' : undefined}
    >
      <legend className={legendClass}>{text.legend}</legend>
      <p className="text-sm text-solid-gray-700">{text.hint}</p>
      {errorAt('plan-curriculum') ? (
        <p id="plan-curriculum-error" className="font-bold text-error-1">
          {errorAt('plan-curriculum')}
        </p>
      ) : null}
      {rows.length ? (
        <ol className="flex flex-col gap-4">
          {rows.map((row, index) => (
            <CurriculumRow
              key={row.key}
              row={row}
              index={index}
              choices={choices}
              onChange={(changes) =>
                setRows(rows.map((each) => (each.key === row.key ? { ...each, ...changes } : each)))
              }
              onRemove={() => remove(index)}
              errorAt={errorAt}
            />
          ))}
        </ol>
      ) : (
        <p>{text.empty}</p>
      )}
      <div>
        <Button id="plan-row-add" variant="secondary" onPress={add}>
          {text.add}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {announce}
      </p>
    </fieldset>
  );
}
