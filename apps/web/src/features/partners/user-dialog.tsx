import { useApolloClient, useMutation } from '@apollo/client/react';
import type { Option } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import {
  CreatePartnerUserDocument,
  PartnerUsersDocument,
  UpdatePartnerUserDocument,
  type PartnerUserDetailFragment,
  type PartnerUserRole,
} from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { partnerFieldLabels, partnerMessages } from './messages';
import type { PartnerTabProps } from './partner-tab-props';
import { changedValues, type RecordValues } from '../../shared/record-conflict';
import {
  AccountFields as SharedAccountFields,
  AccountPasswordField,
  SessionsNotice,
} from '../../shared/record-form/account-fields';
import { RecordTextField, type FieldBinding } from '../../shared/record-form/record-fields';
import { RecordFormDialog } from '../../shared/record-form/record-form-dialog';
import { useRecordForm } from '../../shared/record-form/use-record-form';

const text = partnerMessages.users;
const labels = partnerFieldLabels.user;
const CREATE_FIELDS = ['name', 'email', 'role', 'partnerBranchId', 'password'] as const;
const EDIT_FIELDS = ['name', 'role', 'partnerBranchId'] as const;
type UserField = (typeof CREATE_FIELDS)[number];
type EditField = (typeof EDIT_FIELDS)[number];

/** "No branch" in the branch list (React Aria keys must not be empty). */
const NO_BRANCH = '*';
const branchOrNull = (value: string) => (value === NO_BRANCH || value === '' ? null : value);

const editValuesOf = (user: PartnerUserDetailFragment): RecordValues<EditField> => ({
  name: user.name,
  role: user.role,
  partnerBranchId: user.partnerBranchId ?? NO_BRANCH,
});

/**
 * Creates a partner account, or changes its name, role or branch; the dialog says beforehand that a change of role
 * or branch signs the user out everywhere, and the page says afterwards what happened.
 */
export function UserDialog({
  institution,
  onDone,
  user,
  onClose,
}: PartnerTabProps & { user: PartnerUserDetailFragment | null; onClose: () => void }) {
  return user ? (
    <EditUserDialog
      institutionId={institution.id}
      branches={institution.branches}
      user={user}
      onClose={onClose}
      onDone={onDone}
    />
  ) : (
    <CreateUserDialog
      institutionId={institution.id}
      branches={institution.branches}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

interface DialogProps {
  institutionId: string;
  branches: PartnerTabProps['institution']['branches'];
  onClose: () => void;
  onDone: (message: string) => void;
}

function useBranchOptions(branches: DialogProps['branches']) {
  return [
    { value: NO_BRANCH, label: text.noBranch },
    ...branches.map((branch) => ({ value: branch.id, label: branch.name })),
  ];
}

function CreateUserDialog({ institutionId, branches, onClose, onDone }: DialogProps) {
  const form = useRecordForm<UserField>({
    text: partnerMessages.recordForm,
    idPrefix: 'partner-user',
    fields: CREATE_FIELDS,
    initial: {
      values: { name: '', email: '', role: '', partnerBranchId: NO_BRANCH, password: '' },
      version: 0,
    },
  });
  const branchOptions = useBranchOptions(branches);
  const [create] = useMutation(CreatePartnerUserDocument, { refetchQueries: ['PartnerUsers'] });

  async function submit() {
    const saved = await form.save(
      ({ values }) =>
        create({
          variables: {
            input: {
              partnerInstitutionId: institutionId,
              partnerBranchId: branchOrNull(values.partnerBranchId),
              role: values.role as PartnerUserRole,
              name: values.name,
              email: values.email,
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
        branchOptions={branchOptions}
        afterName={<RecordTextField form={form} field="email" label={labels.email} type="email" isRequired />}
      />
      <AccountPasswordField form={form} label={labels.password} description={text.passwordHint} />
    </RecordFormDialog>
  );
}

function EditUserDialog({
  institutionId,
  branches,
  user,
  onClose,
  onDone,
}: DialogProps & { user: PartnerUserDetailFragment }) {
  const apollo = useApolloClient();
  const form = useRecordForm<EditField>({
    text: partnerMessages.recordForm,
    idPrefix: 'partner-user-edit',
    fields: EDIT_FIELDS,
    initial: { values: editValuesOf(user), version: user.version },
  });
  const roleLabel = useEnumLabel('PartnerUserRole');
  const branchOptions = useBranchOptions(branches);
  const [update] = useMutation(UpdatePartnerUserDocument, { refetchQueries: ['PartnerUsers'] });
  const branchName = (id: string) => branchOptions.find((option) => option.value === id)?.label ?? id;

  async function submit() {
    let signedOut = false;
    const saved = await form.save(
      ({ values, base, version }) => {
        const changed = changedValues(EDIT_FIELDS, base, values);
        signedOut = changed.role !== undefined || changed.partnerBranchId !== undefined;
        return update({
          variables: {
            input: {
              id: user.id,
              expectedVersion: version,
              ...(changed.name !== undefined ? { name: changed.name } : {}),
              ...(changed.role !== undefined ? { role: changed.role as PartnerUserRole } : {}),
              ...(changed.partnerBranchId !== undefined
                ? { partnerBranchId: branchOrNull(changed.partnerBranchId) }
                : {}),
            },
          },
        });
      },
      {
        reload: async () => {
          const result = await apollo.query({
            query: PartnerUsersDocument,
            variables: { institutionId },
            fetchPolicy: 'network-only',
          });
          const latest = result.data?.partnerUsers.find((each) => each.id === user.id);
          if (!latest) throw new Error('the account could not be read again');
          return { values: editValuesOf(latest), version: latest.version };
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
        field === 'role' ? roleLabel(value) : field === 'partnerBranchId' ? branchName(value) : value
      }
      lead={<SessionsNotice>{text.sessionsOnChange}</SessionsNotice>}
    >
      <AccountFields form={form} branchOptions={branchOptions} />
    </RecordFormDialog>
  );
}

/** The shared account fields with this form's roles and branch. */
function AccountFields({
  form,
  branchOptions,
  afterName,
}: {
  form: FieldBinding<EditField>;
  branchOptions: Option[];
  afterName?: ReactNode;
}) {
  const roles = useEnumOptions('PartnerUserRole');
  return (
    <SharedAccountFields
      form={form}
      labels={labels}
      roles={roles}
      placement={{
        field: 'partnerBranchId',
        label: labels.partnerBranchId,
        description: text.branchHint,
        options: branchOptions,
        unset: NO_BRANCH,
      }}
      afterName={afterName}
    />
  );
}
