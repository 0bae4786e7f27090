import type { ReactNode } from 'react';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { centerReferralMessages } from './messages';

const text = centerReferralMessages.convert;

/**
 * A step of a conversion that acts at once (choose the company, tie the offers): its heading and lead, and the API's
 * refusal above what the step shows (its field messages, else its message).
 */
export function ConvertSection({
  id,
  lead,
  failure,
  children,
}: {
  id: string;
  lead: string;
  failure: ApiErrorInfo | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1 text-solid-gray-700">{lead}</p>
      {failure ? (
        <div role="alert" className="mb-4 rounded-8 border-2 border-error-1 bg-white p-4">
          <p className="font-bold text-error-1">{text.failed}</p>
          <ul className="mt-1 list-disc pl-6">
            {(failure.fields.length ? failure.fields.map((f) => f.message) : [failure.message]).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </section>
  );
}
