import { useMutation } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { useState } from 'react';
import {
  AddPartnerContactDocument,
  UpdatePartnerContactDocument,
  type AddPartnerContactInput,
  type PartnerContactDetailFragment,
  type UpdatePartnerContactInput,
} from '../../gql/graphql';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { PartnerTabProps } from './partner-tab-props';
import { changedValues, type RecordValues } from '../../shared/record-conflict';
import { RecordSelect, RecordTextField } from '../../shared/record-form/record-fields';
import { NamedRecordDialog } from '../../shared/record-form/record-form-dialog';
import { ActionsCell, TabSection, td } from './tab-section';
import { recordReload, useInstitutionReload } from './use-institution-reload';
import { useRecordForm } from '../../shared/record-form/use-record-form';

const text = partnerMessages.contacts;
const labels = partnerFieldLabels.contact;
const FIELDS = ['branchId', 'name', 'title', 'email', 'phone'] as const;
type ContactField = (typeof FIELDS)[number];

/** The head office's choice in the branch list (React Aria keys must not be empty). */
const HEAD_OFFICE = '*';

const valuesOf = (contact: PartnerContactDetailFragment): RecordValues<ContactField> => ({
  branchId: contact.branchId ?? HEAD_OFFICE,
  name: contact.name,
  title: contact.title ?? '',
  email: contact.email ?? '',
  phone: contact.phone ?? '',
});

// Empty text is no value (on an edit, null clears it); the head office is no branch.
const orNull = (value: string) => (value.trim() ? value : null);
const branchOrNull = (value: string) => (value === HEAD_OFFICE ? null : value);

function addInputOf(institutionId: string, values: RecordValues<ContactField>): AddPartnerContactInput {
  return {
    institutionId,
    branchId: branchOrNull(values.branchId),
    name: values.name,
    title: orNull(values.title),
    email: orNull(values.email),
    phone: orNull(values.phone),
  };
}

function changesOf(
  changed: Partial<RecordValues<ContactField>>,
): Omit<UpdatePartnerContactInput, 'id' | 'expectedVersion'> {
  return {
    ...(changed.branchId !== undefined ? { branchId: branchOrNull(changed.branchId) } : {}),
    ...(changed.name !== undefined ? { name: changed.name } : {}),
    ...(changed.title !== undefined ? { title: orNull(changed.title) } : {}),
    ...(changed.email !== undefined ? { email: orNull(changed.email) } : {}),
    ...(changed.phone !== undefined ? { phone: orNull(changed.phone) } : {}),
  };
}

/** The institution's contact people, at the head office or a branch. */
export function ContactsTab(props: PartnerTabProps) {
  const { institution } = props;
  const [open, setOpen] = useState<'new' | PartnerContactDetailFragment | null>(null);
  const branchName = (id: string | null | undefined) =>
    institution.branches.find((branch) => branch.id === id)?.name ?? text.headOffice;
  return (
    <TabSection
      id="partner-contacts"
      text={text}
      onAdd={() => setOpen('new')}
      isEmpty={institution.contacts.length === 0}
      columns={(['name', 'branchId', 'title', 'email', 'phone'] as const).map((field) => labels[field])}
      dialog={
        open ? (
          <ContactDialog
            {...props}
            contact={open === 'new' ? null : open}
            onClose={() => setOpen(null)}
            branchName={branchName}
          />
        ) : null
      }
    >
      {institution.contacts.map((contact) => (
        <tr key={contact.id}>
          <th scope="row" className={`${td} text-left`}>
            {contact.name}
          </th>
          <td className={td}>{branchName(contact.branchId)}</td>
          <td className={td}>{contact.title ?? text.none}</td>
          <td className={`${td} break-all`}>{contact.email ?? text.none}</td>
          <td className={td}>{contact.phone ?? text.none}</td>
          <ActionsCell>
            <Button variant="secondary" onPress={() => setOpen(contact)}>
              {text.edit(contact.name)}
            </Button>
          </ActionsCell>
        </tr>
      ))}
    </TabSection>
  );
}

function ContactDialog({
  institution,
  asOf,
  onDone,
  contact,
  onClose,
  branchName,
}: PartnerTabProps & {
  contact: PartnerContactDetailFragment | null;
  onClose: () => void;
  branchName: (id: string) => string;
}) {
  const form = useRecordForm<ContactField>({
    text: partnerMessages.recordForm,
    idPrefix: 'contact',
    fields: FIELDS,
    initial: contact
      ? { values: valuesOf(contact), version: contact.version }
      : { values: { branchId: HEAD_OFFICE, name: '', title: '', email: '', phone: '' }, version: 0 },
  });
  const reload = useInstitutionReload(institution.id, asOf);
  const [add] = useMutation(AddPartnerContactDocument, { refetchQueries: ['PartnerInstitution'] });
  const [update] = useMutation(UpdatePartnerContactDocument, { refetchQueries: ['PartnerInstitution'] });
  const branches = [
    { value: HEAD_OFFICE, label: text.headOffice },
    ...institution.branches.map((branch) => ({ value: branch.id, label: branch.name })),
  ];

  const save = () =>
    contact
      ? form.save(
          ({ values, base, version }) =>
            update({
              variables: {
                input: {
                  id: contact.id,
                  expectedVersion: version,
                  ...changesOf(changedValues(FIELDS, base, values)),
                },
              },
            }),
          { reload: recordReload(reload, { id: contact.id, what: 'contact' }, (i) => i.contacts, valuesOf) },
        )
      : form.save(({ values }) =>
          add({
            variables: { input: addInputOf(institution.id, values) },
          }),
        );

  return (
    <NamedRecordDialog
      record={contact}
      text={text}
      form={form}
      save={save}
      onClose={onClose}
      onDone={onDone}
      labels={labels}
      display={(field, value) =>
        field === 'branchId' ? (value === HEAD_OFFICE ? text.headOffice : branchName(value)) : value
      }
    >
      <RecordSelect
        form={form}
        field="branchId"
        label={labels.branchId}
        options={branches}
        unset={HEAD_OFFICE}
      />
      <RecordTextField form={form} field="name" label={labels.name} isRequired />
      <RecordTextField form={form} field="title" label={labels.title} />
      {(['email', 'phone'] as const).map((field) => (
        <RecordTextField
          key={field}
          form={form}
          field={field}
          label={labels[field]}
          type={field === 'email' ? 'email' : 'tel'}
          description={text.contactHint}
        />
      ))}
    </NamedRecordDialog>
  );
}
