import { TextField } from '@kakehashi/web-ui';
import { useMemo } from 'react';
import type { PlanValidationPartsFragment } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { CurriculumFields } from './curriculum-fields';
import { PlanCheck } from './plan-check';
import type { EditorPartProps } from './plan-editor-kit';
import { messagesByInput } from './plan-fields';
import type { PlanForm } from './plan-form';
import { PlanPeriodFields } from './plan-period-fields';
import { CareerUpFields, DispatchFields } from './plan-type-fields';
import { RoleFields } from './role-fields';
import { planMessages } from './messages';

/** Whether the API's figures say the period runs past 6 months (then the special reason is asked for). */
export function overSixMonths(figures: PlanValidationPartsFragment['figures'] | undefined): boolean {
  const months = figures?.periodMonths ?? 0;
  return months > 6 || (months === 6 && (figures?.periodDays ?? 0) > 0);
}

/**
 * The plan's form beside the live check. Each input shows the findings about it (from the live check and from a
 * refused save or acceptance), worded by the API.
 */
export function PlanEditor({
  form,
  onChange,
  traineeName,
  onTraineeName,
  validation,
  checking,
  failure,
}: {
  form: PlanForm;
  onChange: (form: PlanForm) => void;
  traineeName: string;
  onTraineeName: (name: string) => void;
  validation: PlanValidationPartsFragment | null;
  checking: boolean;
  failure: ApiErrorInfo | null;
}) {
  const messages = useMemo(
    () => messagesByInput([...(failure?.fields ?? []), ...(validation?.findings ?? [])]),
    [failure, validation],
  );
  const part: EditorPartProps = {
    form,
    patch: (changes) => onChange({ ...form, ...changes }),
    errorAt: (id) => messages.get(id),
  };
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section
        aria-labelledby="plan-form-heading"
        className="flex min-w-0 flex-col gap-6 rounded-16 bg-white p-6 shadow-sm"
      >
        <h2 id="plan-form-heading" className="text-xl font-bold">
          {planMessages.form.heading}
        </h2>
        <TextField
          id="plan-trainee-name"
          label={planMessages.form.traineeName}
          value={traineeName}
          onChange={onTraineeName}
          errorMessage={part.errorAt('plan-trainee-name')}
          isRequired
        />
        <PlanPeriodFields {...part} overSixMonths={overSixMonths(validation?.figures)} />
        <DispatchFields {...part} />
        <CareerUpFields {...part} />
        <CurriculumFields {...part} />
        <RoleFields {...part} />
      </section>
      <div className="min-w-0">
        <PlanCheck validation={validation} checking={checking} />
      </div>
    </div>
  );
}
