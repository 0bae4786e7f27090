import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SheetCaseFollowUpsDocument } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { FollowUpChoice } from './follow-up-choice';

const followUps = {
  request: { query: SheetCaseFollowUpsDocument, variables: { id: 'case-1' } },
  result: {
    data: {
      case: {
        __typename: 'Case',
        id: 'case-1',
        followUps: [
          { __typename: 'CaseFollowUp', id: 'fu-1', heldOn: '2026-11-10', methodLabel: '電話' },
          { __typename: 'CaseFollowUp', id: 'fu-2', heldOn: '2026-12-01', methodLabel: '訪問' },
        ],
      },
    },
  },
};

describe('the follow-up a mid-term was recorded at', () => {
  it('offers the case’s follow-ups by day (with 和暦) and method, and 選ばない, by keyboard', async () => {
    const chosen = vi.fn();
    const { container } = render(
      <MockedProvider mocks={[followUps]}>
        <FollowUpChoice id="f-followUpId" caseId="case-1" value={null} onChange={chosen} />
      </MockedProvider>,
    );
    const trigger = screen.getByRole('button', { name: /中間評価を行ったフォローアップ/ });
    expect(trigger).toHaveTextContent('選ばない');
    const user = userEvent.setup();
    trigger.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('option', { name: /2026年12月1日.*令和8年.*訪問/ });
    expect(screen.getByRole('option', { name: /2026年11月10日.*電話/ })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenCalledWith('fu-2');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the API’s message for a follow-up that is not the case’s', () => {
    render(
      <MockedProvider mocks={[followUps]}>
        <FollowUpChoice
          id="f-followUpId"
          caseId="case-1"
          value="fu-9"
          onChange={vi.fn()}
          errorMessage="この案件のフォローアップではありません。"
        />
      </MockedProvider>,
    );
    expect(screen.getByText('この案件のフォローアップではありません。')).toBeInTheDocument();
  });
});
