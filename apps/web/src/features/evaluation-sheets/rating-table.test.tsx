import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EnumLabelsDocument, type SheetSectionFragment } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { RatingTable } from './rating-table';
import { draftOf, type RatingDraft } from './sheet-view';

const criterion = (key: string, number: number, text: string) => ({
  key,
  number,
  text,
  code: '',
  sourceKind: 'MODEL_SHEET' as const,
  sourceName: 'モデル評価シート',
  cited: true,
  bureauConfirmed: false,
});
const section: SheetSectionFragment = {
  id: 'II',
  title: 'Ⅱ 職務遂行のための基本的能力',
  units: [
    {
      name: '責任感',
      originDutyType: null,
      criteria: [
        criterion('II.RESPONSIBILITY.1', 1, '最後までやり遂げている。'),
        criterion('II.RESPONSIBILITY.2', 2, '約束事は誠実に守っている。'),
      ],
    },
  ],
};
const labels = {
  request: { query: EnumLabelsDocument },
  result: {
    data: {
      enumLabels: [
        {
          __typename: 'EnumLabelSet',
          name: 'EvaluationGrade',
          values: ['A 常にできている', 'B 大体できている', 'C まだできていない'].map((label) => ({
            __typename: 'EnumLabel',
            value: label[0],
            label,
            description: null,
          })),
        },
      ],
    },
  },
};

function Harness({ onDraft }: { onDraft: (draft: RatingDraft) => void }) {
  const keys = section.units[0]!.criteria.map((each) => each.key);
  const [draft, setDraft] = useState(() => draftOf(keys, undefined));
  return (
    <RatingTable
      section={section}
      draft={draft}
      disabled={false}
      errorOf={(path) =>
        path === 'ratings.II.RESPONSIBILITY.2.company' ? '企業評価がありません' : undefined
      }
      onRow={(key, row) =>
        setDraft((d) => {
          const next = { ...d, [key]: row };
          onDraft(next);
          return next;
        })
      }
    />
  );
}

describe('the rating table', () => {
  it('rates by keyboard, and 評価しない clears and disables both grades of its criterion', async () => {
    const user = userEvent.setup();
    let last: RatingDraft = {};
    const { container } = render(
      <MockedProvider mocks={[labels]}>
        <Harness onDraft={(draft) => (last = draft)} />
      </MockedProvider>,
    );
    const self = screen.getByRole('radiogroup', { name: '責任感(1) の自己評価' });
    await user.click(within(self).getByRole('radio', { name: '未記入' }));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(last['II.RESPONSIBILITY.1']?.self).toBe('B');

    await user.click(screen.getByRole('checkbox', { name: '責任感(1) の評価しない' }));
    expect(last['II.RESPONSIBILITY.1']).toMatchObject({ notEvaluated: true, self: null, company: null });
    for (const radio of within(self).getAllByRole('radio')) expect(radio).toBeDisabled();

    // The API's message for a criterion is shown on its row.
    expect(screen.getByText('企業評価がありません')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
