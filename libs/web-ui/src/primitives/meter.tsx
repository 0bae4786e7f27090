import { Label, Meter as AriaMeter } from 'react-aria-components';

/** A score as a meter: the bar for the eye, the value as text for everyone (never colour alone). */
export function Meter({ label, value, valueText }: { label: string; value: number; valueText: string }) {
  return (
    <AriaMeter
      value={value}
      minValue={0}
      maxValue={100}
      valueLabel={valueText}
      className="flex flex-col gap-1"
    >
      {({ percentage, valueText: text }) => (
        <>
          <div className="flex justify-between gap-2 text-sm">
            <Label className="font-bold">{label}</Label>
            <span>{text}</span>
          </div>
          <div className="h-3 w-full rounded-full bg-solid-gray-200">
            <div className="h-3 rounded-full bg-blue-900" style={{ width: `${percentage}%` }} />
          </div>
        </>
      )}
    </AriaMeter>
  );
}
