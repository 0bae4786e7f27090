import { Checkbox, ScrollRegion } from '@kakehashi/web-ui';
import { memo } from 'react';
import type { SheetSectionFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { GradePicker } from './grade-picker';
import { sheetMessages } from './messages';
import { domIdOf, EMPTY_ROW, type RatingDraft, type RatingRow } from './sheet-view';

const text = sheetMessages.rating;
const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

/**
 * One section's rating table: per criterion the trainee's and the company's grade and 「評価しない」, a state of its
 * own (the struck C column) that clears and disables both grades.
 */
function RatingTableView({
  section,
  draft,
  onRow,
  errorOf,
  disabled,
}: {
  section: SheetSectionFragment;
  draft: RatingDraft;
  onRow: (key: string, row: RatingRow) => void;
  errorOf: (path: string) => string | undefined;
  disabled: boolean;
}) {
  const grade = useEnumLabel('EvaluationGrade');
  const headingId = `rating-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="text-lg font-bold">
        {section.title}
      </h3>
      <ScrollRegion label={sheetMessages.sections.tableLabel(section.title)}>
        {/* relative: the radios' visually hidden inputs are placed within the table, so they scroll with it and never
            widen the page at 200 % zoom. */}
        <table className="relative w-full min-w-[60rem] border-collapse">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {sheetMessages.sections.criterion}
              </th>
              <th scope="col" className={th}>
                {text.self}
              </th>
              <th scope="col" className={th}>
                {text.company}
              </th>
              <th scope="col" className={th}>
                {text.notEvaluated}
              </th>
            </tr>
          </thead>
          {section.units.map((unit) => (
            <tbody key={unit.name}>
              <tr>
                <th scope="colgroup" colSpan={4} className={`${td} bg-solid-gray-50 text-left font-bold`}>
                  {unit.name}
                </th>
              </tr>
              {unit.criteria.map((criterion) => {
                const row = draft[criterion.key] ?? EMPTY_ROW;
                const name = `${unit.name}(${criterion.number})`;
                const set = (patch: Partial<RatingRow>) => onRow(criterion.key, { ...row, ...patch });
                const path = `ratings.${criterion.key}`;
                const rowError = errorOf(path) ?? errorOf(`${path}.self`) ?? errorOf(`${path}.company`);
                return (
                  <tr key={criterion.key}>
                    <th scope="row" className={`${td} text-left font-normal`}>
                      <span className="mr-1">({criterion.number})</span>
                      {criterion.text}
                      {rowError ? <p className="mt-1 text-sm font-bold text-error-1">{rowError}</p> : null}
                    </th>
                    {(['self', 'company'] as const).map((who) => (
                      <td key={who} className={td}>
                        <GradePicker
                          id={domIdOf(`${path}.${who}`)}
                          label={text.rowLabel(name, who === 'self' ? text.self : text.company)}
                          value={row.notEvaluated ? null : row[who]}
                          onChange={(value) => set({ [who]: value })}
                          isDisabled={disabled || row.notEvaluated}
                          noneLabel={text.unrated}
                          gradeLabel={grade}
                          invalid={Boolean(errorOf(`${path}.${who}`))}
                        />
                      </td>
                    ))}
                    <td className={td}>
                      <div id={domIdOf(path)}>
                        <Checkbox
                          isSelected={row.notEvaluated}
                          isDisabled={disabled}
                          onChange={(struck) =>
                            set({ notEvaluated: struck, ...(struck ? { self: null, company: null } : {}) })
                          }
                        >
                          <span className="sr-only">{text.rowLabel(name, text.notEvaluated)}</span>
                        </Checkbox>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </section>
  );
}

interface Props {
  section: SheetSectionFragment;
  draft: RatingDraft;
  onRow: (key: string, row: RatingRow) => void;
  errorOf: (path: string) => string | undefined;
  disabled: boolean;
}

/** Re-rendered only when one of its own rows changes: a keystroke in a note must not redraw every table. */
function sameRows(before: Props, after: Props): boolean {
  return (
    before.section === after.section &&
    before.disabled === after.disabled &&
    before.onRow === after.onRow &&
    before.errorOf === after.errorOf &&
    before.section.units.every((unit) =>
      unit.criteria.every((criterion) => before.draft[criterion.key] === after.draft[criterion.key]),
    )
  );
}

export const RatingTable = memo(RatingTableView, sameRows);
