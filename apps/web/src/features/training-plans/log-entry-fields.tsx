import { Button, DatePicker, NumberField, TextField } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import type { OffJtEntryForm, OjtEntryForm } from './log-form';
import { planMessages } from './messages';

const text = planMessages.logs;

type ErrorAt = (inputId: string) => string | undefined;

/** The frame of one day's entry, with its heading and remove button. */
function EntryFrame({
  title,
  onRemove,
  children,
}: {
  title: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-3 rounded-8 border border-solid-gray-300 p-3">
      <h4 className="font-bold">{title}</h4>
      {children}
      <div>
        <Button variant="quiet" onPress={onRemove}>
          {text.remove(title)}
        </Button>
      </div>
    </li>
  );
}

/** The day, and the band from–to: the same three inputs on both logs. */
function DayAndBand({
  prefix,
  entry,
  onChange,
  errorAt,
}: {
  prefix: string;
  entry: { date: string | null; from: string; to: string };
  onChange: (changes: { date?: string | null; from?: string; to?: string }) => void;
  errorAt: ErrorAt;
}) {
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <DatePicker
        id={`${prefix}-date`}
        label={text.date}
        value={entry.date}
        onChange={(date) => onChange({ date })}
        errorMessage={errorAt(`${prefix}-date`)}
        isRequired
      />
      <TextField
        id={`${prefix}-from`}
        label={text.from}
        value={entry.from}
        onChange={(from) => onChange({ from })}
        errorMessage={errorAt(`${prefix}-from`)}
        isRequired
      />
      <TextField
        id={`${prefix}-to`}
        label={text.to}
        value={entry.to}
        onChange={(to) => onChange({ to })}
        errorMessage={errorAt(`${prefix}-to`)}
        isRequired
      />
    </div>
  );
}

export function OjtEntryFields({
  entry,
  index,
  onChange,
  onRemove,
  errorAt,
}: {
  entry: OjtEntryForm;
  index: number;
  onChange: (changes: Partial<OjtEntryForm>) => void;
  onRemove: () => void;
  errorAt: ErrorAt;
}) {
  const p = `log-ojt-${index}`;
  return (
    <EntryFrame title={text.entry('OJT', index + 1)} onRemove={onRemove}>
      <DayAndBand prefix={p} entry={entry} onChange={onChange} errorAt={errorAt} />
      <div className="grid gap-3 md:grid-cols-2">
        <NumberField
          id={`${p}-attendedMinutes`}
          label={text.attended}
          unit="分"
          minValue={0}
          value={entry.attendedMinutes}
          onChange={(attendedMinutes) => onChange({ attendedMinutes })}
          errorMessage={errorAt(`${p}-attendedMinutes`)}
          isRequired
        />
        <DatePicker
          id={`${p}-trainerConfirmedOn`}
          label={text.trainerConfirmedOn}
          value={entry.trainerConfirmedOn}
          onChange={(trainerConfirmedOn) => onChange({ trainerConfirmedOn })}
          errorMessage={errorAt(`${p}-trainerConfirmedOn`)}
        />
      </div>
      <TextField
        id={`${p}-content`}
        label={text.content}
        multiline
        value={entry.content}
        onChange={(content) => onChange({ content })}
        errorMessage={errorAt(`${p}-content`)}
        isRequired
      />
      <TextField
        id={`${p}-reflection`}
        label={text.reflection}
        multiline
        value={entry.reflection}
        onChange={(reflection) => onChange({ reflection })}
        errorMessage={errorAt(`${p}-reflection`)}
        isRequired
      />
    </EntryFrame>
  );
}

export function OffJtEntryFields({
  entry,
  index,
  onChange,
  onRemove,
  errorAt,
}: {
  entry: OffJtEntryForm;
  index: number;
  onChange: (changes: Partial<OffJtEntryForm>) => void;
  onRemove: () => void;
  errorAt: ErrorAt;
}) {
  const p = `log-offJt-${index}`;
  return (
    <EntryFrame title={text.entry('Off-JT', index + 1)} onRemove={onRemove}>
      <DayAndBand prefix={p} entry={entry} onChange={onChange} errorAt={errorAt} />
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField
          id={`${p}-excludedMinutes`}
          label={text.excluded}
          unit="分"
          minValue={0}
          value={entry.excludedMinutes}
          onChange={(excludedMinutes) => onChange({ excludedMinutes })}
          errorMessage={errorAt(`${p}-excludedMinutes`)}
        />
        <NumberField
          id={`${p}-attendedMinutes`}
          label={text.attended}
          unit="分"
          minValue={0}
          value={entry.attendedMinutes}
          onChange={(attendedMinutes) => onChange({ attendedMinutes })}
          errorMessage={errorAt(`${p}-attendedMinutes`)}
          isRequired
        />
        <NumberField
          id={`${p}-unitMinutes`}
          label={text.unitMinutes}
          unit="分"
          minValue={0}
          value={entry.unitMinutes}
          onChange={(unitMinutes) => onChange({ unitMinutes })}
          errorMessage={errorAt(`${p}-unitMinutes`)}
        />
      </div>
      <TextField
        id={`${p}-content`}
        label={text.content}
        multiline
        value={entry.content}
        onChange={(content) => onChange({ content })}
        errorMessage={errorAt(`${p}-content`)}
        isRequired
      />
      <DatePicker
        id={`${p}-providerCertifiedOn`}
        label={text.providerCertifiedOn}
        value={entry.providerCertifiedOn}
        onChange={(providerCertifiedOn) => onChange({ providerCertifiedOn })}
        errorMessage={errorAt(`${p}-providerCertifiedOn`)}
      />
    </EntryFrame>
  );
}
