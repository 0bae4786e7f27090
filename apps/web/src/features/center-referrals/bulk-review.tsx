import { useMutation } from '@apollo/client/react';
import { Button, RadioGroup } from '@kakehashi/web-ui';
import { useEffect, useRef, useState } from 'react';
import {
  ReviewReferralsDocument,
  type ReferralFilter,
  type ReferralReviewAction,
  type ReviewReferralsMutation,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { centerReferralMessages } from './messages';
import { AcceptDialog, AssignDialog, ReturnDialog } from './review-dialogs';

const text = centerReferralMessages.bulk;

export interface Picked {
  id: string;
  version: number;
  clientName: string;
}

export type ReviewResult = ReviewReferralsMutation['reviewReferrals'];

/**
 * Headquarters' bulk action: accept, return (one reason) or assign (one office) the selected referrals at the
 * versions shown, or every referral the current filter matches. The API does each in its own transaction and says,
 * item by item, what it did and what it refused and why.
 */
export function BulkReview({
  picked,
  filter,
  matching,
  offices,
  onDone,
}: {
  picked: Picked[];
  filter: ReferralFilter;
  matching: number;
  offices: { value: string; label: string }[];
  onDone: (result: ReviewResult) => void;
}) {
  const [aim, setAim] = useState<'selected' | 'filtered'>('selected');
  const [open, setOpen] = useState<ReferralReviewAction | null>(null);
  const [review] = useMutation(ReviewReferralsDocument, { refetchQueries: ['CenterReferrals'] });
  const target = aim === 'selected' ? text.selected(picked.length) : text.filtered(matching);
  const empty = aim === 'selected' ? picked.length === 0 : matching === 0;

  async function run(action: ReferralReviewAction, extra: { reason?: string; officeId?: string } = {}) {
    try {
      const result = await review({
        variables: {
          input: {
            action,
            ...(aim === 'selected'
              ? { items: picked.map((p) => ({ id: p.id, expectedVersion: p.version })) }
              : { filter }),
            ...extra,
          },
        },
      });
      if (result.data) onDone(result.data.reviewReferrals);
      return null;
    } catch (error) {
      const info: ApiErrorInfo | null = apiErrorOf(error);
      if (!info) throw error;
      return info;
    }
  }

  return (
    <section aria-labelledby="bulk-review" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="bulk-review" className="mb-4 text-xl font-bold">
        {text.heading}
      </h2>
      <RadioGroup
        id="bulk-aim"
        label={text.target}
        value={aim}
        onChange={(value) => setAim(value === 'filtered' ? 'filtered' : 'selected')}
        options={[
          { value: 'selected', label: text.selected(picked.length) },
          { value: 'filtered', label: text.filtered(matching) },
        ]}
      />
      {empty ? <p className="mt-2 text-solid-gray-700">{text.noSelection}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <Button isDisabled={empty} onPress={() => setOpen('ACCEPT')}>
          {text.accept}
        </Button>
        <Button variant="secondary" isDisabled={empty} onPress={() => setOpen('RETURN')}>
          {text.return}
        </Button>
        <Button variant="secondary" isDisabled={empty} onPress={() => setOpen('ASSIGN')}>
          {text.assign}
        </Button>
      </div>
      <AcceptDialog
        isOpen={open === 'ACCEPT'}
        onClose={() => setOpen(null)}
        target={target}
        onSubmit={() => run('ACCEPT')}
      />
      <ReturnDialog
        isOpen={open === 'RETURN'}
        onClose={() => setOpen(null)}
        target={target}
        onSubmit={(reason) => run('RETURN', { reason })}
      />
      <AssignDialog
        isOpen={open === 'ASSIGN'}
        onClose={() => setOpen(null)}
        target={target}
        offices={offices}
        onSubmit={(officeId) => run('ASSIGN', { officeId })}
      />
    </section>
  );
}

/** What the last bulk action did: the counts, the referrals done and those refused with the API's reason. */
export function ReviewSummary({ result, onClose }: { result: ReviewResult; onClose: () => void }) {
  const actionLabel = useEnumLabel('ReferralReviewAction');
  const heading = useRef<HTMLHeadingElement>(null);
  // The summary replaces the dialog the user was in: focus comes to it so that it is read first.
  useEffect(() => heading.current?.focus(), [result]);
  const done = result.items.filter((item) => item.succeeded);
  const refused = result.items.filter((item) => !item.succeeded);
  return (
    <section
      aria-labelledby="review-summary"
      className="mb-6 rounded-16 border-2 border-blue-900 bg-white p-6 shadow-sm"
    >
      <h2 id="review-summary" ref={heading} tabIndex={-1} className="text-xl font-bold outline-none">
        {text.summaryTitle(actionLabel(result.action))}
      </h2>
      <p role="status" className="mt-2 font-bold">
        {text.summary(result.succeededCount, result.refusedCount)}
      </p>
      {done.length ? (
        <>
          <h3 className="mt-4 font-bold">{text.succeededList}</h3>
          <ul className="mt-1 list-disc pl-6">
            {done.map((item) => (
              <li key={item.referralId}>{item.clientName ?? text.unnamed}</li>
            ))}
          </ul>
        </>
      ) : null}
      {refused.length ? (
        <>
          <h3 className="mt-4 font-bold">{text.refusedList}</h3>
          <ul className="mt-1 list-disc pl-6">
            {refused.map((item) => (
              <li key={item.referralId}>
                <span className="font-bold">{item.clientName ?? text.unnamed}</span>：{item.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Button className="mt-4" variant="secondary" onPress={onClose}>
        {text.close}
      </Button>
    </section>
  );
}
