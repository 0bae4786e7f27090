import { NumberField, YenField } from '@kakehashi/web-ui';
import { CONTACT_FIELDS, type ContactField } from './dispatch-draft';
import { inputId } from './dispatch-input';
import type { FormBinding } from './form-binding';
import { dispatchMessages } from './messages';

const text = dispatchMessages;

/** ① the career consulting contacts, ② the people consulted, and the wages paid for training time (item 50). */
export function ConsultingFields({ form }: { form: FormBinding }) {
  const { draft, update, errorAt } = form;
  const contact = (field: ContactField) => ({
    id: inputId(`contacts.${field}`),
    label: text.consulting[field],
    unit: text.consulting.people,
    value: draft.contacts[field],
    onChange: (value: number | null) =>
      update((d) => ({ ...d, contacts: { ...d.contacts, [field]: value } })),
    errorMessage: errorAt(`contacts.${field}`),
    isRequired: true,
  });
  return (
    <>
      <section aria-labelledby="dr-consulting-heading" className="rounded-16 bg-white p-6 shadow-sm">
        <h2 id="dr-consulting-heading" className="mb-4 text-xl font-bold">
          {text.consulting.heading}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {CONTACT_FIELDS.map((field) => (
            <NumberField
              key={field}
              {...contact(field)}
              description={
                field === 'alsoDispatchManager' ? text.consulting.alsoDispatchManagerHint : undefined
              }
            />
          ))}
          <NumberField
            id={inputId('consultedHeadcount')}
            label={text.consulting.consultedHeadcount}
            unit={text.consulting.people}
            value={draft.consultedHeadcount}
            onChange={(value) => update((d) => ({ ...d, consultedHeadcount: value }))}
            errorMessage={errorAt('consultedHeadcount')}
            isRequired
          />
        </div>
      </section>
      <section aria-labelledby="dr-wage-heading" className="rounded-16 bg-white p-6 shadow-sm">
        <h2 id="dr-wage-heading" className="mb-4 text-xl font-bold">
          {text.wage.heading}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <YenField
            id={inputId('wagesPaidForTrainingYen')}
            label={text.wage.wagesPaid}
            value={draft.wagesPaidForTrainingYen}
            onChange={(value) => update((d) => ({ ...d, wagesPaidForTrainingYen: value }))}
            errorMessage={errorAt('wagesPaidForTrainingYen')}
            isRequired
          />
          <NumberField
            id={inputId('trainingPersonHours')}
            label={text.wage.personHours}
            unit={text.wage.hours}
            value={draft.trainingPersonHours}
            onChange={(value) => update((d) => ({ ...d, trainingPersonHours: value }))}
            errorMessage={errorAt('trainingPersonHours')}
            isRequired
          />
        </div>
      </section>
    </>
  );
}
