import { Checkbox, DatePicker, Select, TextField } from '@kakehashi/web-ui';
import type { TrainingType } from '../../gql/graphql';
import { useEnumOptions } from '../../shared/enum-labels';
import { groupClass, legendClass, type EditorPartProps } from './plan-editor-kit';
import { planMessages } from './messages';

const text = planMessages.form;

/**
 * The plan's type, period and dates. The reason field for a period over 6 months shows when the API's figures say the
 * period is longer than 6 months (or a reason is already typed): the page does not count months itself.
 */
export function PlanPeriodFields({
  form,
  patch,
  errorAt,
  overSixMonths,
}: EditorPartProps & { overSixMonths: boolean }) {
  const types = useEnumOptions('TrainingType');
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>{text.periodLegend}</legend>
      <Select
        id="plan-type"
        label={text.type}
        options={types}
        value={form.type}
        onChange={(value) => value && patch({ type: value as TrainingType })}
        errorMessage={errorAt('plan-type')}
        isRequired
      />
      <div className="grid gap-4 md:grid-cols-2">
        <DatePicker
          id="plan-start"
          label={text.start}
          value={form.start}
          onChange={(start) => patch({ start })}
          errorMessage={errorAt('plan-start')}
          isRequired
        />
        <DatePicker
          id="plan-end"
          label={text.end}
          value={form.end}
          onChange={(end) => patch({ end })}
          errorMessage={errorAt('plan-end')}
          isRequired
        />
      </div>
      {overSixMonths || form.specialReason || errorAt('plan-special-reason') ? (
        <TextField
          id="plan-special-reason"
          label={text.specialReason}
          description={text.specialReasonHint}
          value={form.specialReason}
          onChange={(specialReason) => patch({ specialReason })}
          errorMessage={errorAt('plan-special-reason')}
        />
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <DatePicker
          id="plan-submitted-on"
          label={text.submittedOn}
          value={form.submittedOn}
          onChange={(submittedOn) => patch({ submittedOn })}
          errorMessage={errorAt('plan-submitted-on')}
        />
        <DatePicker
          id="plan-job-card-issued-on"
          label={text.jobCardIssuedOn}
          value={form.jobCardIssuedOn}
          onChange={(jobCardIssuedOn) => patch({ jobCardIssuedOn })}
          errorMessage={errorAt('plan-job-card-issued-on')}
        />
      </div>
      <Checkbox
        id="plan-new-graduate"
        isSelected={form.newGraduateWithoutJobCard}
        onChange={(newGraduateWithoutJobCard) => patch({ newGraduateWithoutJobCard })}
      >
        {text.newGraduate}
      </Checkbox>
      <TextField
        id="plan-post-completion"
        label={text.postCompletion}
        multiline
        value={form.postCompletionHandling}
        onChange={(postCompletionHandling) => patch({ postCompletionHandling })}
        errorMessage={errorAt('plan-post-completion')}
      />
    </fieldset>
  );
}
