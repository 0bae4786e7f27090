import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { MultiSelect } from './multi-select';

const REGIONS = [
  { value: '関東', label: '関東' },
  { value: '中部', label: '中部' },
  { value: '近畿', label: '近畿' },
];

function Harness({ onChange }: { onChange: (values: string[]) => void }) {
  const [values, setValues] = useState<string[]>([]);
  return (
    <MultiSelect
      label="地方"
      description="複数選べます"
      options={REGIONS}
      values={values}
      onChange={(next) => {
        setValues(next);
        onChange(next);
      }}
    />
  );
}

describe('MultiSelect', () => {
  it('chooses several values by keyboard and names them on the closed button', async () => {
    const changed = vi.fn();
    const { container } = render(<Harness onChange={changed} />);
    expect(await axeViolations(container)).toEqual([]);
    expect(screen.getByRole('button', { name: /地方/ })).toHaveTextContent('指定なし');

    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-multiselectable', 'true');
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(changed).toHaveBeenLastCalledWith(['関東', '近畿']);
    // The list stays open while choosing several; Escape closes it and leaves the choice.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: /地方/ });
    expect(button).toHaveTextContent('関東');
    expect(button).toHaveTextContent('近畿');
  });

  it('gives its id to the button, so an error summary can send the focus there', () => {
    render(
      <MultiSelect id="regions" label="地方" options={REGIONS} values={[]} onChange={() => undefined} />,
    );
    expect(document.getElementById('regions')).toBe(screen.getByRole('button', { name: /地方/ }));
  });
});
