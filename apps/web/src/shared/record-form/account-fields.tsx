import type { Option } from '@kakehashi/web-ui';
import type { ReactNode } from 'react';
import { RecordSelect, RecordTextField, type FieldBinding } from './record-fields';

/** Where an account belongs: a partner's branch or a Center office, as a list with a "none" entry. */
export interface AccountPlacement<K extends string> {
  field: K;
  label: string;
  description: string;
  options: Option[];
  /** The "none" entry's value (React Aria keys must not be empty). */
  unset: string;
}

/**
 * The fields a new account and an edit share, on every account form (partners' and the administrator's): its name
 * (a new account adds its e-mail after it), its role and where it belongs.
 */
export function AccountFields<K extends string>({
  form,
  labels,
  roles,
  placement,
  afterName,
}: {
  form: FieldBinding<K | 'name' | 'role'>;
  labels: { name: string; role: string };
  roles: Option[];
  placement: AccountPlacement<K>;
  afterName?: ReactNode;
}) {
  return (
    <>
      <RecordTextField form={form} field="name" label={labels.name} isRequired />
      {afterName}
      <RecordSelect form={form} field="role" label={labels.role} options={roles} isRequired />
      <RecordSelect
        form={form}
        field={placement.field}
        label={placement.label}
        description={placement.description}
        options={placement.options}
        unset={placement.unset}
      />
    </>
  );
}

/** A new account's first password. */
export function AccountPasswordField({
  form,
  label,
  description,
}: {
  form: FieldBinding<'password'>;
  label: string;
  description: string;
}) {
  return (
    <RecordTextField
      form={form}
      field="password"
      label={label}
      description={description}
      type="password"
      isRequired
      autoComplete="new-password"
    />
  );
}

/** Said before an account is changed: what a change of role or placement does to the user's sessions. */
export function SessionsNotice({ children }: { children: ReactNode }) {
  return <p className="rounded-8 border border-yellow-900 bg-yellow-50 p-3">{children}</p>;
}
