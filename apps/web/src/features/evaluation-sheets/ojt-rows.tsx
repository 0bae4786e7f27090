import { Button, DatePicker, Select, TextField } from '@kakehashi/web-ui';
import { useEnumOptions } from '../../shared/enum-labels';
import type { OjtDutyKind } from '../../gql/graphql';
import { removeAt, replaceAt, type OjtRow } from './editor-draft';
import { sheetMessages } from './messages';
import { domIdOf } from './sheet-view';

const text = sheetMessages.ojt;

/** Section I's rows: the period, 企業実習 or OJT, and the tasks with their expected results. */
export function OjtRows({
  rows,
  onChange,
  errorOf,
  defaults,
}: {
  rows: OjtRow[];
  onChange: (rows: OjtRow[]) => void;
  errorOf: (path: string) => string | undefined;
  defaults: OjtRow;
}) {
  const kinds = useEnumOptions('OjtDutyKind');
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-lg font-bold">{sheetMessages.sections.s1}</legend>
      {rows.length ? null : <p>{text.none}</p>}
      {rows.map((row, index) => {
        const path = `ojtDuties.${index}`;
        const set = (patch: Partial<OjtRow>) => onChange(replaceAt(rows, index, { ...row, ...patch }));
        return (
          <fieldset
            key={index}
            className="grid gap-3 rounded-8 border border-solid-gray-420 p-4 md:grid-cols-3"
          >
            <legend className="px-1 font-bold">{text.row(index + 1)}</legend>
            <DatePicker
              id={domIdOf(`${path}.from`)}
              label={text.from}
              value={row.from || null}
              onChange={(v) => set({ from: v ?? '' })}
              errorMessage={errorOf(`${path}.from`)}
            />
            <DatePicker
              id={domIdOf(`${path}.to`)}
              label={text.to}
              value={row.to || null}
              onChange={(v) => set({ to: v ?? '' })}
              errorMessage={errorOf(`${path}.to`)}
            />
            <Select
              id={domIdOf(`${path}.kind`)}
              label={text.kind}
              options={kinds}
              value={row.kind}
              onChange={(v) => set({ kind: (v ?? 'OJT') as OjtDutyKind })}
            />
            <div className="md:col-span-3">
              <TextField
                id={domIdOf(`${path}.description`)}
                label={text.description}
                multiline
                value={row.description}
                onChange={(v) => set({ description: v })}
                errorMessage={errorOf(`${path}.description`)}
              />
            </div>
            <div className="md:col-span-3">
              <Button variant="secondary" onPress={() => onChange(removeAt(rows, index))}>
                {text.remove(index + 1)}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button variant="secondary" onPress={() => onChange([...rows, defaults])}>
          {text.add}
        </Button>
      </div>
    </fieldset>
  );
}
