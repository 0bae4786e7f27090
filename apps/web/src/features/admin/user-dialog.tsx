import { useApolloClient, useMutation } from '@apollo/client/react';
import type { Option } from '@kakehashi/web-ui';
import { useState, type ReactNode } from 'react';
import {
  AdminCreateUserDocument,
  AdminUpdateUserDocument,
  AdminUserDocument,
  type AdminUserFragment,
  type Role,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { changedValues, type RecordValues } from '../../shared/record-conflict';
import {
  AccountFields as SharedAccountFields,
  AccountPasswordField,
  SessionsNotice,
} from '../../shared/record-form/account-fields';
import { RecordSelect, RecordTextField, type FieldBinding } from '../../shared/record-form/record-fields';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import { useRecordForm } from '../../shared/record-form/use-record-form';
import { adminFieldLabels, adminMessages } from './messages';
import { PartnerPicker, type PickedPartner } from './partner-picker';

const text = adminMessages.users;
const labels = adminFieldLabels.user;
const CREATE_FIELDS = [
  'name',
  'email',
  'role',
  'officeId',
  'partnerInstitutionId',
  'partnerBranchId',
  'password',
] as const;
const EDIT_FIELDS = ['name', 'role', 'officeId'] as const;
type CreateField = (typeof CREATE_FIELDS)[number];
type EditField = (typeof EDIT_FIELDS)[number];

/** "None" in the office and branch lists (React Aria keys must not be empty). */
const NO_OFFICE = '*';
const NO_BRANCH = '*';
const officeOrNull = (value: string) => (value === NO_OFFICE || value === '' ? null : value);
const branchOrNull = (value: string) => (value === NO_BRANCH || value === '' ? null : value);

const editValuesOf = (user: AdminUserFragment): RecordValues<EditField> => ({
  name: user.name,
  role: user.role,
  officeId: user.officeId ?? NO_OFFICE,
});

interface DialogProps {
  offices: Option[];
  onClose: () => void;
  onDone: (message: string) => void;
}

const withNoOffice = (offices: Option[]) => [{ value: NO_OFFICE, label: text.noOffice }, ...offices];

/** A new account with its role and where it belongs: an office of the Center, or a partner institution (and branch). */
export function CreateUserDialog({ offices, onClose, onDone }: DialogProps) {
  const form = useRecordForm<CreateField>({
    text: adminMessages.recordForm,
    idPrefix: 'admin-user',
    fields: CREATE_FIELDS,
    initial: {
      values: {
        name: '',
        email: '',
        role: '',
        officeId: NO_OFFICE,
        partnerInstitutionId: '',
        partnerBranchId: NO_BRANCH,
        password: '',
      },
      version: 0,
    },
  });
  const [partner, setPartner] = useState<PickedPartner | null>(null);
  const branches = [
    { value: NO_BRANCH, label: text.noBranch },
    ...(partner?.branches ?? []).map((branch) => ({ value: branch.id, label: branch.name })),
  ];
  const [create] = useMutation(AdminCreateUserDocument, { refetchQueries: ['AdminUsers'] });

  async function submit() {
    const saved = await form.save(
      ({ values }) =>
        create({
          variables: {
            input: {
              name: values.name,
              email: values.email,
              role: values.role as Role,
              officeId: officeOrNull(values.officeId),
              partnerInstitutionId: values.partnerInstitutionId || null,
              partnerBranchId: branchOrNull(values.partnerBranchId),
              password: values.password,
            },
          },
        }),
      // The role is an enum: a missing one would be refused before the API looked at any other field.
      { localProblems: form.values.role ? {} : { role: text.roleRequired } },
    );
    return saved ? text.created(form.values.name) : null;
  }

  return (
    <RecordFormDialog
      title={text.addTitle}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submitCreate}
      onSubmit={submit}
      onClose={onClose}
      onDone={onDone}
      labels={labels}
    >
      <AccountFields
        form={form}
        offices={offices}
        afterName={<RecordTextField form={form} field="email" label={labels.email} type="email" isRequired />}
      />
      <PartnerPicker
        id={form.idFor('partnerInstitutionId')}
        value={partner}
        onChange={(picked) => {
          setPartner(picked);
          form.set('partnerInstitutionId', picked?.id ?? '');
          form.set('partnerBranchId', NO_BRANCH);
        }}
        errorMessage={form.errorFor('partnerInstitutionId')}
      />
      <RecordSelect
        form={form}
        field="partnerBranchId"
        label={labels.partnerBranchId}
        description={text.partnerBranchHint}
        options={branches}
        unset={NO_BRANCH}
      />
      <AccountPasswordField form={form} label={labels.password} description={text.passwordHint} />
    </RecordFormDialog>
  );
}

/** Changes an account's name, role or office; the dialog says beforehand what a change does to the user's sessions. */
export function EditUserDialog({
  user,
  offices,
  onClose,
  onDone,
}: DialogProps & { user: AdminUserFragment }) {
  const apollo = useApolloClient();
  const form = useRecordForm<EditField>({
    text: adminMessages.recordForm,
    idPrefix: 'admin-user-edit',
    fields: EDIT_FIELDS,
    initial: { values: editValuesOf(user), version: user.version },
  });
  const roleLabel = useEnumLabel('Role');
  const [update] = useMutation(AdminUpdateUserDocument, { refetchQueries: ['AdminUsers'] });
  const officeName = (id: string) => withNoOffice(offices).find((option) => option.value === id)?.label ?? id;

  async function submit() {
    let signedOut = false;
    const saved = await form.save(
      ({ values, base, version }) => {
        const changed = changedValues(EDIT_FIELDS, base, values);
        signedOut = changed.role !== undefined || changed.officeId !== undefined;
        return update({
          variables: {
            input: {
              id: user.id,
              expectedVersion: version,
              ...(changed.name !== undefined ? { name: changed.name } : {}),
              ...(changed.role !== undefined ? { role: changed.role as Role } : {}),
              ...(changed.officeId !== undefined ? { officeId: officeOrNull(changed.officeId) } : {}),
            },
          },
        });
      },
      {
        reload: async () => {
          const result = await apollo.query({
            query: AdminUserDocument,
            variables: { id: user.id },
            fetchPolicy: 'network-only',
          });
          if (!result.data) throw new Error('the account could not be read again');
          return { values: editValuesOf(result.data.user), version: result.data.user.version };
        },
      },
    );
    return saved ? text.updated(form.values.name, signedOut) : null;
  }

  return (
    <RecordFormDialog
      title={text.editTitle(user.name)}
      form={form}
      failedTitle={text.failed}
      submitLabel={text.submitUpdate}
      onSubmit={submit}
      onClose={onClose}
      onDone={onDone}
      labels={labels}
      display={(field, value) =>
        field === 'role' ? roleLabel(value) : field === 'officeId' ? officeName(value) : value
      }
      lead={<SessionsNotice>{text.sessionsOnChange}</SessionsNotice>}
    >
      <AccountFields form={form} offices={offices} />
    </RecordFormDialog>
  );
}

/** The shared account fields with this form's roles and office. */
function AccountFields({
  form,
  offices,
  afterName,
}: {
  form: FieldBinding<EditField>;
  offices: Option[];
  afterName?: ReactNode;
}) {
  const roles = useEnumOptions('Role');
  return (
    <SharedAccountFields
      form={form}
      labels={labels}
      roles={roles}
      placement={{
        field: 'officeId',
        label: labels.officeId,
        description: text.officeHint,
        options: withNoOffice(offices),
        unset: NO_OFFICE,
      }}
      afterName={afterName}
    />
  );
}
