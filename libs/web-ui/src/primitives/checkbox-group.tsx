import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Label,
  Text,
} from 'react-aria-components';
import type { Option } from './select';

/** Several of a few choices, under one label (a fieldset for assistive technology; Space ticks, Tab moves on). */
export function CheckboxGroup({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  id,
}: {
  label: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  description?: string;
  errorMessage?: string;
  /** Given to the first checkbox, so that an error summary can move focus into the group. */
  id?: string;
}) {
  return (
    <AriaCheckboxGroup
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">{label}</Label>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <div className="flex flex-wrap gap-x-6">
        {options.map((option, index) => (
          <AriaCheckbox
            key={option.value}
            value={option.value}
            id={index === 0 ? id : undefined}
            className="group flex min-h-11 items-center gap-2"
          >
            {({ isSelected }) => (
              <>
                <span
                  aria-hidden="true"
                  className="flex h-5 w-5 items-center justify-center rounded-4 border-2 border-solid-gray-800 bg-white group-focus-visible:ring-4 group-focus-visible:ring-focus-yellow"
                >
                  {isSelected ? '✓' : ''}
                </span>
                {option.label}
              </>
            )}
          </AriaCheckbox>
        ))}
      </div>
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
    </AriaCheckboxGroup>
  );
}
