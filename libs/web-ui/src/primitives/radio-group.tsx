import { FieldError, Label, Radio, RadioGroup as AriaRadioGroup, Text } from 'react-aria-components';
import type { Option } from './select';
import { RequiredMark } from './text-field';

/**
 * One choice among a few, all visible at once (arrow keys move the choice, Tab leaves the group). The options' words
 * come from the caller (the API's labels), never from here.
 */
export function RadioGroup({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
  id,
  orientation = 'vertical',
}: {
  label: string;
  options: Option[];
  value: string | null;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  /** Given to the first radio, so that an error summary can move focus into the group. */
  id?: string;
  orientation?: 'vertical' | 'horizontal';
}) {
  return (
    <AriaRadioGroup
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      orientation={orientation}
      className="flex flex-col gap-1"
    >
      <Label className="font-bold">
        {label}
        {isRequired ? <RequiredMark /> : null}
      </Label>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <div className={orientation === 'horizontal' ? 'flex flex-wrap gap-x-6' : 'flex flex-col'}>
        {options.map((option, index) => (
          <Radio
            key={option.value}
            value={option.value}
            id={index === 0 ? id : undefined}
            className="group flex min-h-11 cursor-default items-center gap-2"
          >
            {({ isSelected }) => (
              <>
                <span
                  aria-hidden="true"
                  className="flex h-5 w-5 items-center justify-center rounded-full border-2 border-solid-gray-800 bg-white group-focus-visible:ring-4 group-focus-visible:ring-focus-yellow"
                >
                  {isSelected ? <span className="h-2.5 w-2.5 rounded-full bg-solid-gray-900" /> : null}
                </span>
                {option.label}
              </>
            )}
          </Radio>
        ))}
      </div>
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
    </AriaRadioGroup>
  );
}
