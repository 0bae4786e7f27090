import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { SearchComboBox, type SearchComboBoxItem } from './search-combo-box';

const COMPANIES: SearchComboBoxItem[] = [
  { id: 'c1', label: '株式会社山田製作所', description: '法人番号 3992301100137・愛知県' },
  { id: 'c2', label: '山田運輸株式会社', description: '東京都' },
];

/**
 * A server-backed search in miniature: every input shows the companies whose label contains it, and the chosen one
 * stays among the items (as the company picker keeps it). A link and a button around it, as on a real page.
 */
function Harness({ onSelect, onSubmit }: { onSelect: (id: string | null) => void; onSubmit: () => void }) {
  const [input, setInput] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const found = input ? COMPANIES.filter((each) => each.label.includes(input)) : [];
  const chosen = COMPANIES.find((each) => each.id === selected);
  const items = chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  return (
    <main>
      <a href="#help">使い方</a>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <SearchComboBox
          label="企業"
          items={items}
          inputValue={input}
          onInputChange={setInput}
          selectedId={selected}
          onSelect={(id) => {
            setSelected(id);
            onSelect(id);
          }}
          emptyMessage="該当する企業がありません"
          description="会社名・フリガナ・法人番号で探せます"
        />
        <button type="submit">保存</button>
      </form>
    </main>
  );
}

function pressEnterAsIme(input: HTMLElement, isComposing: boolean) {
  // The confirming Enter of a Japanese IME: keyCode 229 (Chrome also sets isComposing; Safari does not).
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing });
  fireEvent.keyUp(input, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing });
}

describe('SearchComboBox', () => {
  it('offers what the search found right under the box, hiding nothing else, and chooses by keyboard', async () => {
    const chosen = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={vi.fn()} />);
    expect(await axeViolations(document.body)).toEqual([]);
    const input = screen.getByRole('combobox', { name: '企業' });
    expect(input).toHaveAccessibleDescription('会社名・フリガナ・法人番号で探せます');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await userEvent.type(input, '山田');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: '企業の候補' });
    expect(input).toHaveAttribute('aria-controls', list.id);
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByRole('option', { name: '株式会社山田製作所' })).toHaveAccessibleDescription(
      /3992301100137/,
    );
    // The rest of the page stays there for screen readers (a popup would hide it with aria-hidden, yet Tab reaches it).
    expect(screen.getByRole('link', { name: '使い方' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).toBeInTheDocument();
    expect(document.querySelector('[aria-hidden="true"] a, [aria-hidden="true"] button')).toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);

    // ↓ highlights the first option while the focus stays in the box (the option is its active descendant).
    await userEvent.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: '株式会社山田製作所' });
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(chosen).toHaveBeenLastCalledWith('c1');
    expect(input).toHaveValue('株式会社山田製作所');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');

    // ↓ on the closed box opens the list again.
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: '株式会社山田製作所' })).toBeInTheDocument();
  });

  it('closes with Escape, leaving nothing half-chosen', async () => {
    const chosen = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: '企業' });
    await userEvent.type(input, '山田');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(chosen).not.toHaveBeenCalled();
  });

  it('puts back what was chosen when Escape or leaving the box abandons a new search', async () => {
    const chosen = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: '企業' });
    await userEvent.type(input, '運輸');
    await userEvent.click(screen.getByRole('option', { name: '山田運輸株式会社' }));
    expect(chosen).toHaveBeenLastCalledWith('c2');
    expect(input).toHaveValue('山田運輸株式会社');
    expect(input).toHaveFocus();

    await userEvent.clear(input);
    await userEvent.type(input, '製作所');
    expect(screen.getByRole('option', { name: '株式会社山田製作所' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('山田運輸株式会社');

    await userEvent.clear(input);
    await userEvent.type(input, '製作所');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: '保存' })).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('山田運輸株式会社');
    expect(chosen).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing is found', async () => {
    render(<Harness onSelect={vi.fn()} onSubmit={vi.fn()} />);
    await userEvent.type(screen.getByRole('combobox', { name: '企業' }), '該当なし');
    expect(screen.getByRole('listbox')).toHaveTextContent('該当する企業がありません');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('ignores the Enter that confirms an IME conversion: nothing is chosen or submitted', async () => {
    const chosen = vi.fn();
    const submitted = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={submitted} />);
    const input = screen.getByRole('combobox', { name: '企業' });
    await userEvent.type(input, '山田');
    await userEvent.keyboard('{ArrowDown}');
    pressEnterAsIme(input, true);
    pressEnterAsIme(input, false);
    expect(chosen).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    expect(input).toHaveValue('山田');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    // The next, real Enter chooses; one more on the closed box sends the form, as in any text box.
    await userEvent.keyboard('{Enter}');
    expect(chosen).toHaveBeenLastCalledWith('c1');
    expect(submitted).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('an Enter in the open list with nothing highlighted neither chooses nor sends the form', async () => {
    const chosen = vi.fn();
    const submitted = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={submitted} />);
    await userEvent.type(screen.getByRole('combobox', { name: '企業' }), '山田{Enter}');
    expect(chosen).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });

  it('shows the field error under the box, read with it, while the list is open too', async () => {
    render(
      <SearchComboBox
        label="企業"
        items={COMPANIES}
        inputValue="山田"
        onInputChange={vi.fn()}
        selectedId={null}
        onSelect={vi.fn()}
        emptyMessage="該当する企業がありません"
        errorMessage="企業を選択してください。"
        isRequired
      />,
    );
    const input = screen.getByRole('combobox', { name: /企業/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toBeRequired();
    expect(input).toHaveAccessibleDescription('企業を選択してください。');
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByText('企業を選択してください。')).toBeVisible();
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
