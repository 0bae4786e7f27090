import { DatePicker, TextField } from '@kakehashi/web-ui';
import { groupClass, legendClass, type EditorPartProps } from './plan-editor-kit';
import { planMessages } from './messages';

const text = planMessages.form;

/** The two businesses that draw up a plan of the dispatch type (派遣事業主活用型) together. */
export function DispatchFields({ form, patch, errorAt }: EditorPartProps) {
  if (form.type !== 'DISPATCH_EMPLOYER') return null;
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

/** The career-up plan (キャリアアップ計画) the training plan is based on, whatever its type (R-TR-4). */
export function CareerUpFields({ form, patch, errorAt }: EditorPartProps) {
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
