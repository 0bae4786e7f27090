import { sheetMessages } from './messages';
import type { SheetEvaluation } from './sheet-view';

const text = sheetMessages.rating;

/** The API's counts of each grade, as last recorded, for the trainee and for the company. */
export function RatingCounts({ evaluation }: { evaluation: SheetEvaluation }) {
  const line = (who: string, c: SheetEvaluation['ratingCounts']['self']) =>
    text.counts(who, c.a, c.b, c.c, c.notEvaluated, c.unrated);
  return (
    <ul className="rounded-8 bg-solid-gray-50 p-4">
      <li>{line(text.self, evaluation.ratingCounts.self)}</li>
      <li>{line(text.company, evaluation.ratingCounts.company)}</li>
    </ul>
  );
}
