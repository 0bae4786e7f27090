import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { DeactivatePartnerUserDocument, ReactivatePartnerUserDocument } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { ActivationDialog } from './activation-dialog';

// React Aria's live announcer outlives a test, still pointing at elements the previous test removed.
afterEach(() => document.querySelectorAll('[data-live-announcer]').forEach((node) => node.remove()));

const USER = {
  __typename: 'User' as const,
  id: 'u1',
  version: 2,
  name: '支店 太郎',
  email: 'taro@example.jp',
  role: 'PARTNER_BRANCH' as const,
  isActive: true,
  lastLoginAt: null,
  partnerInstitutionId: 'p1',
  partnerBranchId: 'b1',
  partnerBranch: { __typename: 'PartnerBranch' as const, id: 'b1', name: '本店営業部' },
};

describe('ActivationDialog', () => {
  it('says that deactivating signs the user out everywhere, then deactivates and reports it', async () => {
    const onDone = vi.fn();
    const onClose = vi.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: DeactivatePartnerUserDocument, variables: { id: 'u1' } },
            result: { data: { deactivatePartnerUser: { ...USER, isActive: false } } },
          },
        ]}
      >
        <ActivationDialog user={USER} deactivate onClose={onClose} onDone={onDone} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'アカウントを無効にする' });
    expect(dialog).toHaveTextContent('すべての端末で直ちにログアウトされ');
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: '無効にする' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(expect.stringContaining('ログインできなくなりました')),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('says that reactivating needs a new sign-in, and shows a refusal in the dialog', async () => {
    const onDone = vi.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ReactivatePartnerUserDocument, variables: { id: 'u1' } },
            result: {
              errors: [
                new GraphQLError('このユーザーは見つかりません。', { extensions: { code: 'NOT_FOUND' } }),
              ],
            },
          },
        ]}
      >
        <ActivationDialog
          user={{ ...USER, isActive: false }}
          deactivate={false}
          onClose={vi.fn()}
          onDone={onDone}
        />
      </MockedProvider>,
    );
    expect(screen.getByRole('alertdialog')).toHaveTextContent('もう一度ログインする必要があります');
    await userEvent.click(screen.getByRole('button', { name: '有効に戻す' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('このユーザーは見つかりません。');
    expect(onDone).not.toHaveBeenCalled();
  });
});
