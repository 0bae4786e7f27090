import { ScrollRegion } from '@kakehashi/web-ui';
import { useEffect, useRef } from 'react';
import { partnerReferralMessages } from './messages';
import type { ForwardOutcome } from './use-forward-referrals';

const text = partnerReferralMessages.forward;
const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold';
const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

/** What a forward on a selection did: how many went to the Center, and each refusal with the API's reason. */
export function ForwardSummary({ outcome }: { outcome: ForwardOutcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The result replaces the pressed button's context: the focus goes to it so that it is read at once.
  useEffect(() => heading.current?.focus(), [outcome]);
  const refused = outcome.refused.length > 0;
  return (
    <section
      aria-labelledby="forward-summary"
      className={`mb-6 rounded-16 border-2 bg-white p-6 ${refused ? 'border-error-1' : 'border-green-900'}`}
    >
      <h2 id="forward-summary" ref={heading} tabIndex={-1} className="text-xl font-bold outline-none">
        {text.summaryTitle}
      </h2>
      <p className="mt-2">{text.succeeded(outcome.forwarded.length)}</p>
      {refused ? (
        <>
          <p className="mt-2 font-bold text-error-2">{text.refused(outcome.refused.length)}</p>
          <ScrollRegion label={text.refusedTableLabel}>
            <table className="mt-2 w-full border-collapse">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {text.refusedName}
                  </th>
                  <th scope="col" className={th}>
                    {text.refusedReason}
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcome.refused.map((each) => (
                  <tr key={each.id}>
                    <th scope="row" className={`${td} text-left font-normal`}>
                      {each.clientName}
                    </th>
                    <td className={td}>{each.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </section>
  );
}
