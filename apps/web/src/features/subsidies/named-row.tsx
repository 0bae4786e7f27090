import { Button, TextField } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import { subsidyMessages } from './messages';

/**
 * One person of an estimate (a trainee, a person converted): the frame with its legend, the name (kept only by the
 * page, never in the address), the estimate's own fields, and a remove button unless it is the only one.
 */
export function NamedRow({
  index,
  legend,
  nameLabel,
  nameId,
  name,
  onName,
  nameError,
  onRemove,
  children,
}: {
  index: number;
  legend: string;
  nameLabel: string;
  nameId: string;
  name: string;
  onName: (name: string) => void;
  nameError?: string;
  onRemove?: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 font-bold">{legend}</legend>
      <TextField
        id={nameId}
        label={nameLabel}
        description={subsidyMessages.form.nameHelp(index + 1)}
        value={name}
        onChange={onName}
        errorMessage={nameError}
      />
      {children}
      {onRemove ? (
        <div>
          <Button variant="secondary" onPress={onRemove}>
            {subsidyMessages.form.remove(legend)}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
