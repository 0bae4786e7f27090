import { useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, Select } from '@kakehashi/web-ui';
import { useState } from 'react';
import { EvaluationSheetReferenceDocument, UpdateEvaluationSheetDocument } from '../../gql/graphql';
import { BusyNote, problemsOf } from '../../shared/form-problems';
import { modelUnitInput } from './editor-draft';
import { sheetMessages } from './messages';
import { useSheetPage } from './sheet-context';
import { domIdOf, unitInputs } from './sheet-view';
import { useSheetCommand } from './use-sheet-command';

const text = sheetMessages.editor;
const SEPARATOR = '\u001f';

/** III(1): adds a whole ability unit of another duty type's model (R-ES-9: whole units only), saved at once. */
export function BasicUnitAdder() {
  const { sheet, announce, conflict } = useSheetPage();
  const { data } = useQuery(EvaluationSheetReferenceDocument);
  const [choice, setChoice] = useState<string | null>(null);
  const command = useSheetCommand(UpdateEvaluationSheetDocument, sheetMessages.editor.failed, conflict);
  const present = new Set(sheet.section3Basic.units.map((unit) => unit.name));
  const models = (data?.evaluationSheetReference.basicModels ?? []).filter(
    (m) => m.dutyType !== sheet.dutyType,
  );
  const options = models.flatMap((model) =>
    model.units
      .filter((unit) => !present.has(unit.name))
      .map((unit) => ({
        value: `${model.code}${SEPARATOR}${unit.name}`,
        label: `${model.title}：${unit.name}`,
      })),
  );
  if (!options.length) return null;
  async function add() {
    const [code, name] = (choice ?? '').split(SEPARATOR);
    const model = models.find((m) => m.code === code);
    const unit = model && name ? modelUnitInput(model, name) : null;
    if (!unit) return command.refuse('input.section3Basic', text.addBasicHelp);
    const units = [...unitInputs(sheet.section3Basic), unit];
    const input = {
      id: sheet.id,
      expectedVersion: sheet.version,
      section3Basic: { dutyType: sheet.dutyType, units },
    };
    if (await command.run({ input })) {
      setChoice(null);
      announce(sheetMessages.sheet.saved);
    }
  }
  return (
    <div className="flex flex-col gap-3">
      <ErrorSummary
        title={text.problems}
        problems={problemsOf(command.failure, () => domIdOf('section3Basic.add'), text.failed)}
      />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <Select
            id={domIdOf('section3Basic.add')}
            label={text.addBasicUnit}
            description={text.addBasicHelp}
            options={options}
            value={choice}
            onChange={setChoice}
          />
        </div>
        <Button variant="secondary" onPress={() => void add()} isPending={command.running}>
          {text.addBasicUnitButton}
        </Button>
      </div>
      <BusyNote busy={command.running} message={text.busy} />
    </div>
  );
}
