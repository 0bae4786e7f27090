import type { SheetSectionFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { ListTable } from '../../shared/list-table';
import { sheetMessages } from './messages';

const text = sheetMessages.sections;
const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

/** A section's units and criteria as they stand, read-only: each criterion's text, source and code. */
export function SectionTable({ section }: { section: SheetSectionFragment }) {
  const dutyType = useEnumLabel('EvaluationDutyType');
  return (
    <ListTable
      label={text.tableLabel(section.title)}
      minWidth="min-w-[40rem]"
      wrapHeadings
      columns={[
        { key: 'criterion', label: text.criterion },
        { key: 'source', label: text.source },
        { key: 'code', label: text.code },
      ]}
    >
      {section.units.flatMap((unit) => [
        <tr key={`unit-${unit.name}`}>
          <th scope="colgroup" colSpan={3} className={`${td} bg-solid-gray-50 text-left font-bold`}>
            {unit.name}
            {unit.originDutyType ? (
              <span className="ml-2 font-normal">（{text.fromType(dutyType(unit.originDutyType))}）</span>
            ) : null}
          </th>
        </tr>,
        ...unit.criteria.map((criterion) => (
          <tr key={criterion.key}>
            <th scope="row" className={`${td} text-left font-normal`}>
              ({criterion.number}) {criterion.text}
            </th>
            <td className={td}>{criterion.sourceName}</td>
            <td className={`${td} break-words`}>{criterion.code}</td>
          </tr>
        )),
      ])}
    </ListTable>
  );
}
