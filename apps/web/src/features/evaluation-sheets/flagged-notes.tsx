import { TextField } from '@kakehashi/web-ui';
import { useEnumLabel } from '../../shared/enum-labels';
import { sheetMessages } from './messages';
import { domIdOf, EMPTY_ROW, type RatingDraft, type RatingRow, type SheetEvaluation } from './sheet-view';

const text = sheetMessages.rating;

/**
 * The notes the API's flagged criteria need (S001:1119, 1127): why the lead confirmed the rating, and what was
 * explained to the trainee. Saved with the ratings.
 */
export function FlaggedNotes({
  flagged,
  draft,
  onRow,
  errorOf,
  disabled,
}: {
  flagged: SheetEvaluation['flaggedCriteria'];
  draft: RatingDraft;
  onRow: (key: string, row: RatingRow) => void;
  errorOf: (path: string) => string | undefined;
  disabled: boolean;
}) {
  const reason = useEnumLabel('EvaluationFlagReason');
  return (
    <section
      aria-labelledby="flagged-heading"
      className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4"
    >
      <h3 id="flagged-heading" className="text-lg font-bold">
        {text.flaggedHeading}
      </h3>
      <p>{text.flaggedLead}</p>
      {flagged.map((each) => {
        const row = draft[each.key] ?? EMPTY_ROW;
        const path = `ratings.${each.key}`;
        return (
          <fieldset key={each.key} className="flex flex-col gap-3 border-t border-solid-gray-300 pt-3">
            <legend className="font-bold">{each.label}</legend>
            <p className="text-sm">{text.reasons(each.reasons.map(reason).join('・'))}</p>
            <TextField
              id={domIdOf(`${path}.leadNote`)}
              label={text.leadNote(each.label)}
              multiline
              value={row.leadNote}
              onChange={(value) => onRow(each.key, { ...row, leadNote: value })}
              errorMessage={errorOf(`${path}.leadNote`)}
              isDisabled={disabled}
            />
            <TextField
              id={domIdOf(`${path}.explanationNote`)}
              label={text.explanationNote(each.label)}
              multiline
              value={row.explanationNote}
              onChange={(value) => onRow(each.key, { ...row, explanationNote: value })}
              errorMessage={errorOf(`${path}.explanationNote`)}
              isDisabled={disabled}
            />
          </fieldset>
        );
      })}
    </section>
  );
}
