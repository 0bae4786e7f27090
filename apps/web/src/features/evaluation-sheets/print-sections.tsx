import type { EvaluationGrade, SheetSectionFragment } from '../../gql/graphql';
import { sheetMessages } from './messages';
import type { SheetEvaluation } from './sheet-view';

const text = sheetMessages;
const GRADES: readonly EvaluationGrade[] = ['A', 'B', 'C'];
export const cell = 'border border-black px-1.5 py-1 align-top';
const head = `${cell} bg-solid-gray-50 font-bold text-center`;

type Rating = SheetEvaluation['ratings'][number];

/** One grade column's mark: ○ on the grade given, the struck C column (／) for a criterion not evaluated. */
function mark(rating: Rating | undefined, who: 'self' | 'company', grade: EvaluationGrade): string {
  if (rating?.notEvaluated) return grade === 'C' ? text.print.struck : '';
  return rating?.[who] === grade ? '○' : '';
}

/** A rated section as the form prints it (S001:512–646): unit, criterion, 自己評価 and 企業評価 A/B/C, code. */
export function PrintSection({
  section,
  ratings,
  comment,
}: {
  section: SheetSectionFragment;
  ratings: Map<string, Rating>;
  comment: string;
}) {
  return (
    <table className="mt-4 w-full border-collapse text-[9pt] leading-snug break-inside-auto">
      <caption className="mb-1 text-left text-[10.5pt] font-bold">{section.title}</caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className={`${head} w-[18%]`}>
            {text.sections.unit}
          </th>
          <th scope="col" rowSpan={2} className={head}>
            {text.sections.criterion}
          </th>
          <th scope="colgroup" colSpan={3} className={head}>
            {text.rating.self}
          </th>
          <th scope="colgroup" colSpan={3} className={head}>
            {text.rating.company}
          </th>
          <th scope="col" rowSpan={2} className={`${head} w-[10%]`}>
            {text.sections.code}
          </th>
        </tr>
        <tr>
          {[...GRADES, ...GRADES].map((grade, index) => (
            <th key={`${grade}-${index}`} scope="col" className={`${head} w-[4%]`}>
              {grade}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {section.units.flatMap((unit) =>
          unit.criteria.map((criterion, index) => {
            const rating = ratings.get(criterion.key);
            return (
              <tr key={criterion.key} className="break-inside-avoid">
                {index === 0 ? (
                  <th
                    scope="rowgroup"
                    rowSpan={unit.criteria.length}
                    className={`${cell} text-left font-bold`}
                  >
                    {unit.name}
                  </th>
                ) : null}
                <td className={cell}>
                  ({criterion.number}) {criterion.text}
                </td>
                {(['self', 'company'] as const).flatMap((who) =>
                  GRADES.map((grade) => (
                    <td key={`${who}-${grade}`} className={`${cell} text-center`}>
                      {mark(rating, who, grade)}
                    </td>
                  )),
                )}
                <td className={`${cell} break-all`}>{criterion.code}</td>
              </tr>
            );
          }),
        )}
        <tr className="break-inside-avoid">
          <th scope="row" className={`${cell} text-left font-bold`}>
            {text.sections.comment}
          </th>
          <td colSpan={8} className={`${cell} h-12 whitespace-pre-wrap`}>
            {comment}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
