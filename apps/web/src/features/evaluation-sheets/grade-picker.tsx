import { Radio, RadioGroup } from 'react-aria-components';
import type { EvaluationGrade } from '../../gql/graphql';

const GRADES: readonly EvaluationGrade[] = ['A', 'B', 'C'];
const NONE = 'none';

/**
 * A compact A/B/C choice for one cell of the rating table (arrow keys move and choose, like any radio group), with
 * 「未記入」 for a rating not given yet. Its name says which criterion and who rates, for screen readers.
 */
export function GradePicker({
  id,
  label,
  value,
  onChange,
  isDisabled,
  noneLabel,
  gradeLabel,
  invalid,
}: {
  id: string;
  label: string;
  value: EvaluationGrade | null;
  onChange: (grade: EvaluationGrade | null) => void;
  isDisabled: boolean;
  noneLabel: string;
  /** The API's label of a grade (A 常にできている…), read out with the letter. */
  gradeLabel: (grade: string) => string;
  invalid: boolean;
}) {
  return (
    <RadioGroup
      aria-label={label}
      orientation="horizontal"
      value={value ?? NONE}
      onChange={(next) => onChange(next === NONE ? null : (next as EvaluationGrade))}
      isDisabled={isDisabled}
      isInvalid={invalid}
      className="flex gap-1"
    >
      {[...GRADES, NONE].map((grade, index) => (
        <Radio
          key={grade}
          value={grade}
          id={index === 0 ? id : undefined}
          aria-label={grade === NONE ? noneLabel : gradeLabel(grade)}
          className={({ isSelected, isFocusVisible, isDisabled: off }) =>
            [
              'flex min-h-11 min-w-11 items-center justify-center rounded-8 border-2 px-2 font-bold',
              isSelected ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-600 bg-white',
              isFocusVisible ? 'ring-4 ring-focus-yellow' : '',
              off ? 'opacity-50' : '',
              invalid && !isSelected ? 'border-error-1' : '',
            ].join(' ')
          }
        >
          {grade === NONE ? <span className="text-sm font-normal">{noneLabel}</span> : grade}
        </Radio>
      ))}
    </RadioGroup>
  );
}
