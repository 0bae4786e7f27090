import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Label,
  Radio,
  RadioGroup as AriaRadioGroup,
  Text,
} from 'react-aria-components';
import type { Option } from './select';
import { RequiredMark } from './text-field';

interface GroupProps {
  /** Given to the first choice, so an error summary's link (and focus) lands inside the group. */
  id?: string;
  label: string;
  options: Option[];
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
}

const GROUP = 'flex flex-col gap-1';
const CHOICES = 'flex flex-wrap gap-x-6 gap-y-1';
const MARK =
  'flex h-5 w-5 shrink-0 items-center justify-center border-2 border-solid-gray-800 bg-white group-focus-visible:ring-4 group-focus-visible:ring-focus-yellow';

function GroupLabel({ label, isRequired }: { label: string; isRequired?: boolean }) {
  return (
    <Label className="font-bold">
      {label}
      {isRequired ? <RequiredMark /> : null}
    </Label>
  );
}

function GroupFooter({ description, errorMessage }: { description?: ReactNode; errorMessage?: string }) {
  return (
    <>
      {description ? (
        <Text slot="description" className="text-sm text-solid-gray-700">
          {description}
        </Text>
      ) : null}
      <FieldError className="text-sm font-bold text-error-1">{errorMessage}</FieldError>
    </>
  );
}

/** Several choices from a short list, each a checkbox (Space toggles; the group is one labelled field). */
export function CheckboxGroup({
  value,
  onChange,
  ...props
}: GroupProps & { value: string[]; onChange: (value: string[]) => void }) {
  return (
    <AriaCheckboxGroup
      value={value}
      onChange={onChange}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.errorMessage)}
      className={GROUP}
    >
      <GroupLabel label={props.label} isRequired={props.isRequired} />
      <div className={CHOICES}>
        {props.options.map((option, index) => (
          <AriaCheckbox
            key={option.value}
            value={option.value}
            id={index === 0 ? props.id : undefined}
            className="group flex min-h-11 items-center gap-2"
          >
            {({ isSelected }) => (
              <>
                <span aria-hidden="true" className={`${MARK} rounded-4`}>
                  {isSelected ? '✓' : ''}
                </span>
                {option.label}
              </>
            )}
          </AriaCheckbox>
        ))}
      </div>
      <GroupFooter description={props.description} errorMessage={props.errorMessage} />
    </AriaCheckboxGroup>
  );
}

/** One choice from a short list, all visible (arrow keys move and choose). */
export function RadioGroup({
  value,
  onChange,
  orientation = 'horizontal',
  ...props
}: GroupProps & {
  value: string | null;
  onChange: (value: string) => void;
  orientation?: 'horizontal' | 'vertical';
}) {
  return (
    <AriaRadioGroup
      value={value}
      onChange={onChange}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.errorMessage)}
      orientation={orientation}
      className={GROUP}
    >
      <GroupLabel label={props.label} isRequired={props.isRequired} />
      <div className={orientation === 'horizontal' ? CHOICES : 'flex flex-col'}>
        {props.options.map((option, index) => (
          <Radio
            key={option.value}
            value={option.value}
            id={index === 0 ? props.id : undefined}
            className="group flex min-h-11 items-center gap-2"
          >
            {({ isSelected }) => (
              <>
                <span aria-hidden="true" className={`${MARK} rounded-full`}>
                  {isSelected ? '●' : ''}
                </span>
                {option.label}
              </>
            )}
          </Radio>
        ))}
      </div>
      <GroupFooter description={props.description} errorMessage={props.errorMessage} />
    </AriaRadioGroup>
  );
}
