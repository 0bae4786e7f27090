import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ReviewReferralsDocument } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { BulkReview, ReviewSummary, type ReviewResult } from './bulk-review';

// The API's labels (the app asks the API for them; here they are given).
vi.mock('../../shared/enum-labels', () => ({
  useEnumLabel: () => (value: string) => ({ RETURN: '差戻し', ACCEPT: '受付' })[value] ?? value,
  useEnumOptions: () => [],
}));

// React Aria's live announcer outlives a test, still pointing at elements the previous test removed.
afterEach(() => document.querySelectorAll('[data-live-announcer]').forEach((node) => node.remove()));

const PICKED = [
  { id: 'r1', version: 3, clientName: '株式会社甲' },
  { id: 'r2', version: 5, clientName: '株式会社乙' },
];
const REASON = '従業員数を記入してください。';

function returnRequest(reason: string) {
  return {
    query: ReviewReferralsDocument,
    variables: {
      input: {
        action: 'RETURN',
        items: [
          { id: 'r1', expectedVersion: 3 },
          { id: 'r2', expectedVersion: 5 },
        ],
        reason,
      },
    },
  };
}

// As the API answers it (typenames included, which the operation's generated type leaves out).
const ANSWER = {
  __typename: 'ReferralReviewResult',
  action: 'RETURN',
  succeededCount: 1,
  refusedCount: 1,
  items: [
    {
      __typename: 'ReferralReviewItemResult',
      referralId: 'r1',
      clientName: '株式会社甲',
      succeeded: true,
      code: null,
      message: null,
      referral: null,
    },
    {
      __typename: 'ReferralReviewItemResult',
      referralId: 'r2',
      clientName: '株式会社乙',
      succeeded: false,
      code: 'INVALID_TRANSITION',
      message: 'この紹介は現在「センター受付済み」のため、差戻しはできません。',
      referral: null,
    },
  ],
};
const RESULT = ANSWER as unknown as ReviewResult;

describe('headquarters’ bulk review', () => {
  it('returns the selection with one reason, shows the API’s field error first, then hands over the result', async () => {
    const done = vi.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: returnRequest(''),
            result: {
              errors: [
                new GraphQLError('入力内容に誤りがあります。', {
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [{ field: 'input.reason', message: '差戻しの理由を入力してください。' }],
                  },
                }),
              ],
            },
          },
          { request: returnRequest(REASON), result: { data: { reviewReferrals: ANSWER } } },
        ]}
      >
        <BulkReview picked={PICKED} filter={{}} matching={7} offices={[]} onDone={done} />
      </MockedProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('radio', { name: '選択した紹介（2件）' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '絞り込み条件に一致する紹介すべて（7件）' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: '差戻し' }));
    const dialog = await screen.findByRole('dialog', { name: '差し戻す' });
    await user.click(screen.getByRole('button', { name: '差し戻す' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('差戻しの理由を入力してください。');
    const reason = screen.getByRole('textbox', { name: /差戻しの理由/ });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(dialog)).toEqual([]);

    await user.type(reason, REASON);
    await user.click(screen.getByRole('button', { name: '差し戻す' }));
    await waitFor(() => expect(done).toHaveBeenCalledWith(RESULT));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('summarises what was done and what was refused, with the API’s reason', async () => {
    const { container } = render(<ReviewSummary result={RESULT} onClose={() => undefined} />);
    expect(screen.getByRole('heading', { name: '差戻しの結果' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('1件を処理しました。1件は処理できませんでした。');
    expect(container).toHaveTextContent(
      '株式会社乙：この紹介は現在「センター受付済み」のため、差戻しはできません。',
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
