import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, type CheckboxProps } from 'react-aria-components';

/** A checkbox with its label; the mark is drawn, the state is the native input's. */
export function Checkbox({ children, ...props }: CheckboxProps & { children: ReactNode }) {
  return (
    <AriaCheckbox {...props} className="group flex min-h-11 items-center gap-2">
      {({ isSelected }) => (
        <>
          <span
            aria-hidden="true"
            className="flex h-5 w-5 items-center justify-center rounded-4 border-2 border-solid-gray-800 bg-white group-focus-visible:ring-4 group-focus-visible:ring-focus-yellow"
          >
            {isSelected ? '✓' : ''}
          </span>
          {children}
        </>
      )}
    </AriaCheckbox>
  );
}
