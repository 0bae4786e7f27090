import { MockedProvider } from '@apollo/client/testing/react';
import type { TagPickerItem } from '@kakehashi/web-ui';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SkillSearchDocument } from '../../gql/graphql';
import { SkillPicker } from './skill-picker';

/** The dictionary's answer to a search typed as a reading in hiragana (the API folds it to katakana). */
const WELDING_MOCK = {
  request: { query: SkillSearchDocument, variables: { search: 'ようせつ' } },
  result: {
    data: {
      skills: {
        __typename: 'SkillConnection',
        edges: [
          {
            __typename: 'SkillEdge',
            node: {
              __typename: 'Skill',
              id: 'skill-weld',
              name: '溶接',
              reading: 'ヨウセツ',
              category: 'SKILL',
            },
          },
          {
            __typename: 'SkillEdge',
            node: {
              __typename: 'Skill',
              id: 'skill-gas',
              name: 'ガス溶接技能講習',
              reading: 'ガスヨウセツギノウコウシュウ',
              category: 'QUALIFICATION',
            },
          },
        ],
      },
    },
  },
};

/** What the API answers while the reading is still being typed (よ, よう…): nothing yet. */
const PARTIAL_MOCK = {
  request: {
    query: SkillSearchDocument,
    variables: (variables: { search: string }) => variables.search !== 'ようせつ',
  },
  result: { data: { skills: { __typename: 'SkillConnection', edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function Harness({ onChange }: { onChange: (items: TagPickerItem[]) => void }) {
  const [selected, setSelected] = useState<TagPickerItem[]>([]);
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <SkillPicker
        id="offer-skills"
        label="スキル・免許・資格"
        selected={selected}
        onChange={(items) => {
          setSelected(items);
          onChange(items);
        }}
      />
    </form>
  );
}

function renderPicker(onChange = vi.fn()) {
  const view = render(
    <MockedProvider mocks={[WELDING_MOCK, PARTIAL_MOCK]}>
      <Harness onChange={onChange} />
    </MockedProvider>,
  );
  return { ...view, onChange };
}

describe('SkillPicker', () => {
  it('finds dictionary entries by their reading and adds one by keyboard as a removable tag', async () => {
    const { onChange } = renderPicker();
    await userEvent.tab();
    await userEvent.keyboard('ようせつ');
    expect(await screen.findByRole('option', { name: /ガス溶接技能講習/ })).toBeInTheDocument();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([{ id: 'skill-gas', label: 'ガス溶接技能講習' }]);
    expect(screen.getByRole('grid', { name: /選択済み/ })).toHaveTextContent('ガス溶接技能講習');

    await userEvent.click(screen.getByRole('button', { name: '外す ガス溶接技能講習' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('lets the Enter that confirms an IME conversion pass without choosing anything', async () => {
    const { onChange } = renderPicker();
    const input = screen.getByRole('textbox', { name: 'スキル・免許・資格' });
    fireEvent.compositionStart(input);
    await userEvent.type(input, 'ようせつ');
    await screen.findByRole('option', { name: /ガス溶接技能講習/ });
    // A suggestion is highlighted: an Enter taken as a command would add it.
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /^溶接/ })).toHaveAttribute('data-focused', 'true');
    const composing = { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true };
    fireEvent.keyDown(input, composing);
    fireEvent.keyUp(input, composing);
    fireEvent.compositionEnd(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('ようせつ');
  });
});
