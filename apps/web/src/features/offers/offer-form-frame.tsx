import { Button, ErrorSummary, PageHeader } from '@kakehashi/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { usePageTitle } from '../../app/use-page-title';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { offersMessages } from './messages';
import { offerFormErrors, type OfferFormErrors } from './offer-form-support';

const text = offersMessages.form;

/** A form's values, the setter of each field, and the API's answer to the last save. */
export function useOfferForm<V extends object>(initial: V, order: readonly string[]) {
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [pending, setPending] = useState(false);
  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  async function submit(save: (values: V) => Promise<void>) {
    setPending(true);
    try {
      await save(values);
      setFailure(null);
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setFailure(info);
    } finally {
      setPending(false);
    }
  }
  return { values, set, errors: offerFormErrors(failure, order), failure, pending, submit };
}

export function FormSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      <div className="grid gap-5 md:grid-cols-2">{children}</div>
    </section>
  );
}

/** Another user saved first: say so, and offer the latest version instead of writing over it. */
function ConflictNotice({ message, onReload }: { message: string | null; onReload: () => void }) {
  return (
    <div role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4">
      <p className="font-bold text-error-1">{text.conflict.title}</p>
      {message ? <p className="mt-2">{message}</p> : null}
      <p className="mt-2 text-sm text-solid-gray-700">{text.conflict.reloadHint}</p>
      <Button className="mt-3" variant="secondary" onPress={onReload}>
        {text.conflict.reload}
      </Button>
    </div>
  );
}

/** The page around an offer form: its heading, what went wrong, the sections, and the buttons. */
export function OfferFormFrame({
  title,
  lead,
  notice,
  errors,
  failure,
  pending,
  submitLabel,
  cancel,
  onSubmit,
  onReload,
  children,
}: {
  title: string;
  lead?: ReactNode;
  /** A status line above the form (e.g. "the latest version was loaded"). */
  notice?: ReactNode;
  errors: OfferFormErrors;
  failure: ApiErrorInfo | null;
  pending: boolean;
  submitLabel: string;
  cancel: ReactNode;
  onSubmit: () => void;
  onReload?: () => void;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} lead={lead ?? text.lead} />
      <div className="mb-4 flex flex-col gap-4">
        {notice ? (
          <p role="status" className="rounded-8 border border-blue-900 bg-blue-50 p-3">
            {notice}
          </p>
        ) : null}
        {errors.isConflict && onReload ? (
          <ConflictNotice message={failure?.message ?? null} onReload={onReload} />
        ) : (
          <ErrorSummary title={text.failed} problems={errors.problems} />
        )}
      </div>
      <Form
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          onSubmit();
        }}
        validationBehavior="aria"
        className="flex flex-col gap-6"
      >
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" isPending={pending}>
            {submitLabel}
          </Button>
          {cancel}
        </div>
      </Form>
    </>
  );
}
