import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { TagPicker, type TagPickerItem } from './tag-picker';

const DICTIONARY: TagPickerItem[] = [
  { id: 'forklift', label: 'フォークリフト運転技能', detail: 'フォークリフトウンテンギノウ' },
  { id: 'welding', label: '溶接', detail: 'ヨウセツ' },
];

function Harness({ onSubmit = () => undefined }: { onSubmit?: () => void }) {
  const [selected, setSelected] = useState<TagPickerItem[]>([]);
  const [text, setText] = useState('');
  const suggestions = text ? DICTIONARY.filter((item) => item.label.includes(text)) : [];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <TagPicker
        id="skills"
        label="スキル・資格"
        selected={selected}
        onAdd={(item) => setSelected((list) => [...list, item])}
        onRemove={(id) => setSelected((list) => list.filter((item) => item.id !== id))}
        inputValue={text}
        onInputChange={setText}
        suggestions={suggestions}
        customValueLabel={(typed) => `「${typed}」を入力どおり追加`}
      />
      <button type="submit">保存</button>
    </form>
  );
}

describe('TagPicker', () => {
  it('chooses by keyboard, shows the choice as a tag and removes it with Delete', async () => {
    const { container } = render(<Harness />);
    expect(screen.getByText('まだ選択されていません')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'スキル・資格' })).toHaveFocus();
    await userEvent.keyboard('溶接');
    expect(await axeViolations(document.body)).toEqual([]);
    // Enter with nothing highlighted adds nothing (and sends no form); ↓ highlights the first suggestion.
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('まだ選択されていません')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /溶接/ })).toHaveAttribute('data-focused', 'true');
    await userEvent.keyboard('{Enter}');

    const tags = screen.getByRole('grid', { name: 'スキル・資格（選択済み）' });
    expect(tags).toHaveTextContent('溶接');
    expect(screen.getByRole('textbox')).toHaveValue('');

    await userEvent.tab();
    await userEvent.keyboard('{Delete}');
    expect(screen.getByText('まだ選択されていません')).toBeInTheDocument();
  });

  it('removes a tag with its × button, named with the tag', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox'), 'フォーク');
    await userEvent.click(screen.getByRole('option', { name: /^フォークリフト運転技能/ }));
    await userEvent.click(screen.getByRole('button', { name: '外す フォークリフト運転技能' }));
    expect(screen.getByText('まだ選択されていません')).toBeInTheDocument();
  });

  it('offers the typed text itself when the dictionary lacks it', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox'), '社内独自の検査技能');
    await userEvent.keyboard('{ArrowDown}');
    expect(
      screen.getByRole('option', { name: '「社内独自の検査技能」を入力どおり追加' }),
    ).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('grid')).toHaveTextContent('社内独自の検査技能');
  });

  it('ignores the Enter that confirms an IME conversion: nothing is chosen, the form is not sent', async () => {
    const submitted = vi.fn();
    render(<Harness onSubmit={submitted} />);
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '溶接');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /溶接/ })).toHaveAttribute('data-focused', 'true');

    const composing = { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true };
    fireEvent.keyDown(input, composing);
    fireEvent.keyUp(input, composing);
    expect(screen.getByText('まだ選択されていません')).toBeInTheDocument();
    expect(input).toHaveValue('溶接');

    // The same key outside a composition chooses (so the one above was ignored for being the IME's, not missed).
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.keyUp(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(screen.getByRole('grid')).toHaveTextContent('溶接');
    // An Enter in the search box never sends the whole form.
    await userEvent.keyboard('{Enter}');
    expect(submitted).not.toHaveBeenCalled();
  });

  it('does not offer what is already chosen', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox'), '溶接');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.type(screen.getByRole('textbox'), '溶接');
    expect(screen.queryByRole('option', { name: /^溶接/ })).not.toBeInTheDocument();
  });
});
