import { Label, ProgressBar } from 'react-aria-components';

/** A job's progress as a bar for the eye and its value in words for everyone (role=progressbar). */
export function ImportProgress({
  label,
  value,
  max,
  valueText,
}: {
  label: string;
  value: number;
  max: number;
  valueText: string;
}) {
  return (
    <ProgressBar
      value={value}
      minValue={0}
      maxValue={Math.max(max, 1)}
      valueLabel={valueText}
      className="flex flex-col gap-1"
    >
      {({ percentage }) => (
        <>
          <div className="flex flex-wrap justify-between gap-2">
            <Label className="font-bold">{label}</Label>
            <span>{valueText}</span>
          </div>
          <div className="h-4 w-full rounded-full border border-solid-gray-600 bg-solid-gray-50">
            <div className="h-full rounded-full bg-blue-900" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
