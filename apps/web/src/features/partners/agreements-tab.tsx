import { useMutation } from '@apollo/client/react';
import { Badge, Button, DatePicker, formatDate } from '@kakehashi/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import {
  AddPartnerAgreementDocument,
  EndPartnerAgreementDocument,
  type AgreementCounterpart,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { PartnerTabProps } from './partner-tab-props';
import { RecordDatePicker, RecordSelect } from '../../shared/record-form/record-fields';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import { ActionsCell, TabSection, td } from './tab-section';
import { recordReload, useInstitutionReload, type InstitutionDetail } from './use-institution-reload';
import { useRecordForm } from '../../shared/record-form/use-record-form';

const text = partnerMessages.agreements;
const labels = partnerFieldLabels.agreement;
const ADD_FIELDS = ['signedOn', 'counterpart', 'officeId', 'endedOn'] as const;
const END_FIELDS = ['endedOn'] as const;

type InstitutionAgreement = InstitutionDetail['agreements'][number];

const endValuesOf = (agreement: InstitutionAgreement) => ({ endedOn: agreement.endedOn ?? '' });

/** The institution's agreements: how many are in force on a date (in the URL), add one, end one. */
export function AgreementsTab(props: PartnerTabProps) {
  const { institution } = props;
  const [open, setOpen] = useState<'new' | InstitutionAgreement | null>(null);
  const counterpartLabel = useEnumLabel('AgreementCounterpart');
  const statusLabel = useEnumLabel('AgreementStatus');
  return (
    <TabSection
      id="partner-agreements"
      text={text}
      onAdd={() => setOpen('new')}
      isEmpty={institution.agreements.length === 0}
      columns={[
        labels.signedOn,
        labels.counterpart,
        partnerMessages.users.status,
        labels.endedOn,
        text.inForceColumn(formatDate(props.asOf)),
      ]}
      before={<InForceOn {...props} />}
      dialog={
        open === 'new' ? (
          <AddAgreementDialog {...props} onClose={() => setOpen(null)} />
        ) : open ? (
          <EndAgreementDialog {...props} agreement={open} onClose={() => setOpen(null)} />
        ) : null
      }
    >
      {institution.agreements.map((agreement) => (
        <tr key={agreement.id}>
          <th scope="row" className={`${td} text-left font-normal`}>
            {formatDate(agreement.signedOn)}
          </th>
          <td className={td}>
            {counterpartLabel(agreement.counterpart)}
            {agreement.office ? `（${agreement.office.nameJa}）` : ''}
          </td>
          <td className={td}>
            <Badge tone={agreement.status === 'ACTIVE' ? 'success' : 'neutral'}>
              {statusLabel(agreement.status)}
            </Badge>
          </td>
          <td className={td}>{agreement.endedOn ? formatDate(agreement.endedOn) : text.notEnded}</td>
          <td className={td}>{agreement.inForceOn ? text.inForce : text.notInForce}</td>
          <ActionsCell>
            {agreement.endedOn ? null : (
              <Button variant="secondary" onPress={() => setOpen(agreement)}>
                {text.end(formatDate(agreement.signedOn))}
              </Button>
            )}
          </ActionsCell>
        </tr>
      ))}
    </TabSection>
  );
}

/** The date agreements are counted on, chosen here and kept in the URL; the count is the API's. */
function InForceOn({ institution, asOf }: PartnerTabProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<string | null>(asOf);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft) return;
    void navigate({
      to: '/partners/$institutionId',
      params: { institutionId: institution.id },
      search: { tab: 'agreements', asOf: draft },
      replace: true,
    });
  }
  return (
    <div className="mb-4 rounded-8 border border-solid-gray-420 p-4">
      <Form onSubmit={submit} className="flex flex-wrap items-end gap-4">
        <DatePicker
          id="agreements-as-of"
          label={text.inForceOn}
          description={text.inForceOnHint}
          value={draft}
          onChange={setDraft}
        />
        <Button type="submit" variant="secondary">
          {text.show}
        </Button>
      </Form>
      <p className="mt-3 text-lg font-bold" aria-live="polite">
        {text.inForceCount(formatDate(asOf), institution.agreementsInForceOn)}
      </p>
    </div>
  );
}

function AddAgreementDialog({
  institution,
  lists,
  onDone,
  onClose,
}: PartnerTabProps & { onClose: () => void }) {
  const form = useRecordForm({
    text: partnerMessages.recordForm,
    idPrefix: 'agreement',
    fields: ADD_FIELDS,
    initial: { values: { signedOn: '', counterpart: '', officeId: '', endedOn: '' }, version: 0 },
  });
  const counterparts = useEnumOptions('AgreementCounterpart');
  const [add] = useMutation(AddPartnerAgreementDocument, { refetchQueries: ['PartnerInstitution'] });
  const regional = form.values.counterpart === 'REGIONAL_OFFICE';

  async function submit() {
    const saved = await form.save(
      ({ values }) =>
        add({
          variables: {
            input: {
              institutionId: institution.id,
              signedOn: values.signedOn,
              counterpart: values.counterpart as AgreementCounterpart,
              officeId: regional ? values.officeId || null : null,
              endedOn: values.endedOn || null,
            },
          },
        }),
      // The counterpart is an enum: a missing one would be refused before the API looked at any other field.
      { localProblems: form.values.counterpart ? {} : { counterpart: text.counterpartRequired } },
    );
    return saved ? text.added : null;
  }

  return (
    <RecordFormDialog
      title={text.addTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submit}
      onSubmit={submit}
      onClose={onClose}
      onDone={onDone}
      labels={labels}
    >
      <RecordDatePicker form={form} field="signedOn" label={labels.signedOn} isRequired />
      <RecordSelect
        form={form}
        field="counterpart"
        label={labels.counterpart}
        options={counterparts}
        isRequired
      />
      {regional ? (
        <RecordSelect
          form={form}
          field="officeId"
          label={labels.officeId}
          options={lists.regionalOffices}
          isRequired
        />
      ) : null}
      <RecordDatePicker form={form} field="endedOn" label={labels.endedOn} description={text.endedOnHint} />
    </RecordFormDialog>
  );
}

function EndAgreementDialog({
  institution,
  asOf,
  onDone,
  agreement,
  onClose,
}: PartnerTabProps & { agreement: InstitutionAgreement; onClose: () => void }) {
  const form = useRecordForm({
    text: partnerMessages.recordForm,
    idPrefix: 'agreement-end',
    fields: END_FIELDS,
    initial: { values: endValuesOf(agreement), version: agreement.version },
  });
  const reload = useInstitutionReload(institution.id, asOf);
  const [end] = useMutation(EndPartnerAgreementDocument, { refetchQueries: ['PartnerInstitution'] });

  async function submit() {
    const saved = await form.save(
      ({ values, version }) =>
        end({
          variables: { input: { id: agreement.id, expectedVersion: version, endedOn: values.endedOn } },
        }),
      {
        reload: recordReload(
          reload,
          { id: agreement.id, what: 'agreement' },
          (i) => i.agreements,
          endValuesOf,
        ),
      },
    );
    return saved ? text.ended : null;
  }

  return (
    <RecordFormDialog
      title={text.endTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submitEnd}
      onSubmit={submit}
      onClose={onClose}
      onDone={onDone}
      labels={{ endedOn: labels.endedOn }}
      display={(_field, value) => formatDate(value)}
      lead={<p>{text.endLead}</p>}
    >
      <RecordDatePicker form={form} field="endedOn" label={labels.endedOn} isRequired />
    </RecordFormDialog>
  );
}
