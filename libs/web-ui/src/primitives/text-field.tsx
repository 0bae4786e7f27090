import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'children'> {
  label: string;
  description?: ReactNode;
  /** The server's message for this field (announced; marks the input invalid). */
  errorMessage?: string;
  multiline?: boolean;
  placeholder?: string;
  /** The input's own attributes that React Aria does not type (e.g. `inputMode`). */
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'search' | 'url' | 'decimal';
}

export const fieldInputClass =
  'w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-base outline-none ' +
  'focus-visible:ring-4 focus-visible:ring-focus-yellow invalid:border-error-1 invalid:border-2';

/**
 * A labelled text input. Typing in Japanese is safe: nothing here reacts to Enter, and a form only submits on the
 * Enter that is not confirming an IME conversion (the browser does not submit while composing).
 */
export function TextField({
  label,
  description,
  errorMessage,
  multiline,
  placeholder,
  inputMode,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      isInvalid={props.isInvalid ?? Boolean(errorMessage)}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {label}
        {props.isRequired ? <RequiredMark /> : null}
      </Label>
      {multiline ? (
        <TextArea className={`${fieldInputClass} min-h-24`} placeholder={placeholder} />
      ) : (
        <Input className={fieldInputClass} placeholder={placeholder} inputMode={inputMode} />
      )}
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
    </AriaTextField>
  );
}

export function RequiredMark() {
  return (
    <span className="ml-2 rounded-4 bg-error-1 px-1 text-xs text-white" aria-hidden="true">
      必須
    </span>
  );
}
