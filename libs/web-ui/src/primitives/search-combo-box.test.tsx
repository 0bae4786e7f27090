import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { SearchComboBox, type SearchComboBoxItem } from './search-combo-box';

const COMPANIES: SearchComboBoxItem[] = [
  { id: 'c1', label: '株式会社山田製作所', description: '法人番号 3992301100137・愛知県' },
  { id: 'c2', label: '山田運輸株式会社', description: '東京都' },
];

/** A server-backed search in miniature: every input shows the companies whose label contains it. */
function Harness({ onSelect, onSubmit }: { onSelect: (id: string | null) => void; onSubmit: () => void }) {
  const [input, setInput] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const items = input ? COMPANIES.filter((each) => each.label.includes(input)) : [];
  return (
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
    </form>
  );
}

describe('SearchComboBox', () => {
  it('offers what the search found and chooses by keyboard, without accessibility violations', async () => {
    const chosen = vi.fn();
    const { container } = render(<Harness onSelect={chosen} onSubmit={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
    const input = screen.getByRole('combobox', { name: '企業' });
    expect(input).toHaveAccessibleDescription('会社名・フリガナ・法人番号で探せます');
    await userEvent.type(input, '山田');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByRole('option', { name: '株式会社山田製作所' })).toHaveAccessibleDescription(
      /3992301100137/,
    );
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenLastCalledWith('c1');
    expect(input).toHaveValue('株式会社山田製作所');
  });

  it('closes with Escape, leaving nothing half-chosen', async () => {
    const chosen = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={vi.fn()} />);
    const input = screen.getByRole('combobox', { name: '企業' });
    await userEvent.type(input, '山田');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(chosen).not.toHaveBeenCalledWith(expect.any(String));
  });

  it('says so when nothing is found', async () => {
    render(<Harness onSelect={vi.fn()} onSubmit={vi.fn()} />);
    await userEvent.type(screen.getByRole('combobox', { name: '企業' }), '該当なし');
    expect(screen.getByText('該当する企業がありません')).toBeInTheDocument();
  });

  it('ignores the Enter that confirms an IME conversion: nothing is chosen or submitted', async () => {
    const chosen = vi.fn();
    const submitted = vi.fn();
    render(<Harness onSelect={chosen} onSubmit={submitted} />);
    const input = screen.getByRole('combobox', { name: '企業' });
    await userEvent.type(input, '山田');
    await userEvent.keyboard('{ArrowDown}');
    // The confirming Enter of a Japanese IME: keyCode 229 while composing.
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    fireEvent.keyUp(input, { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    expect(chosen).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    expect(input).toHaveValue('山田');
    // The next, real Enter chooses.
    await userEvent.keyboard('{Enter}');
    expect(chosen).toHaveBeenLastCalledWith('c1');
  });
});
