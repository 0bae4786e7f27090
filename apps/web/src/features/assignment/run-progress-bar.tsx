import { Label, ProgressBar } from 'react-aria-components';

/** A run's progress as a progress bar: the bar for the eye, the percentage and the phase as text for everyone. */
export function RunProgressBar({ label, value }: { label: string; value: number }) {
  return (
    <ProgressBar value={value} minValue={0} maxValue={100} className="flex min-w-40 flex-col gap-1">
      {({ percentage, valueText }) => (
        <>
          <div className="flex justify-between gap-2 text-sm">
            <Label>{label}</Label>
            <span>{valueText}</span>
          </div>
          <div className="h-3 w-full rounded-full bg-solid-gray-200">
            <div
              className="h-3 rounded-full bg-blue-900 transition-[width]"
              style={{ width: `${percentage ?? 0}%` }}
            />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
