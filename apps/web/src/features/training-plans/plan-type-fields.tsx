import { DatePicker, TextField } from '@kakehashi/web-ui';
import { groupClass, legendClass, type EditorPartProps } from './plan-editor-kit';
import { planMessages } from './messages';

const text = planMessages.form;

/** The parts only one type of plan has: the career-up plan (キャリア・アップ型) or the two businesses (派遣事業主活用型). */
export function PlanTypeFields({ form, patch, errorAt }: EditorPartProps) {
  if (form.type === 'DISPATCH_EMPLOYER') {
    return (
      <fieldset className={groupClass}>
        <legend className={legendClass}>{text.dispatchLegend}</legend>
        <TextField
          id="plan-sending-company"
          label={text.sendingCompany}
          value={form.sendingCompanyName}
          onChange={(sendingCompanyName) => patch({ sendingCompanyName })}
          errorMessage={errorAt('plan-sending-company')}
        />
        <TextField
          id="plan-host-company"
          label={text.hostCompany}
          value={form.hostCompanyName}
          onChange={(hostCompanyName) => patch({ hostCompanyName })}
          errorMessage={errorAt('plan-host-company')}
        />
      </fieldset>
    );
  }
  if (form.type !== 'CAREER_UP') return null;
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>{text.careerUpLegend}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <DatePicker
          id="plan-career-up-start"
          label={text.careerUpStart}
          value={form.careerUpStart}
          onChange={(careerUpStart) => patch({ careerUpStart })}
          errorMessage={errorAt('plan-career-up-start')}
        />
        <DatePicker
          id="plan-career-up-end"
          label={text.careerUpEnd}
          value={form.careerUpEnd}
          onChange={(careerUpEnd) => patch({ careerUpEnd })}
          errorMessage={errorAt('plan-career-up-end')}
        />
      </div>
      <TextField
        id="plan-career-up-measures"
        label={text.careerUpMeasures}
        multiline
        value={form.careerUpMeasures}
        onChange={(careerUpMeasures) => patch({ careerUpMeasures })}
        errorMessage={errorAt('plan-career-up-measures')}
      />
    </fieldset>
  );
}
