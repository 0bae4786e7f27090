import { Checkbox, TextField } from '@kakehashi/web-ui';
import { groupClass, legendClass, type EditorPartProps } from './plan-editor-kit';
import { ROLE_KEYS } from './plan-form';
import { planMessages } from './messages';

const text = planMessages.roles;

/** The four people in charge (R-TR-10): a name each and whether they are the company's regular employee. */
export function RoleFields({ form, patch, errorAt }: EditorPartProps) {
  return (
    <fieldset
      id="plan-roles"
      className={groupClass}
      aria-describedby={errorAt('plan-roles') ? 'plan-roles-error' : undefined}
    >
      <legend className={legendClass}>{text.legend}</legend>
      {errorAt('plan-roles') ? (
        <p id="plan-roles-error" className="font-bold text-error-1">
          {errorAt('plan-roles')}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {ROLE_KEYS.map((key) => {
          const holder = form.roles[key];
          const setHolder = (changes: Partial<typeof holder>) =>
            patch({ roles: { ...form.roles, [key]: { ...holder, ...changes } } });
          return (
            <div key={key} className="flex flex-col gap-1">
              <TextField
                id={`plan-role-${key}-name`}
                label={text.name(text[key])}
                value={holder.name}
                onChange={(name) => setHolder({ name })}
                errorMessage={errorAt(`plan-role-${key}-name`)}
              />
              <Checkbox
                id={`plan-role-${key}-regular`}
                isSelected={holder.regularEmployee}
                onChange={(regularEmployee) => setHolder({ regularEmployee })}
              >
                {text.regular(text[key])}
              </Checkbox>
            </div>
          );
        })}
      </div>
      <TextField
        id="plan-role-override-reason"
        label={text.overrideReason}
        multiline
        value={form.roleOverrideReason}
        onChange={(roleOverrideReason) => patch({ roleOverrideReason })}
        errorMessage={errorAt('plan-role-override-reason')}
      />
    </fieldset>
  );
}
