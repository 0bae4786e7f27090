import type { PlanForm } from './plan-form';

/** What every part of the editor receives: the form, a way to change part of it, and the messages per input id. */
export interface EditorPartProps {
  form: PlanForm;
  patch: (changes: Partial<PlanForm>) => void;
  errorAt: (inputId: string) => string | undefined;
}

/** A frame around one group of the form, with its legend. */
export const groupClass = 'flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-300 p-4';
export const legendClass = 'px-1 text-lg font-bold';
