import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { CheckboxGroup, RadioGroup } from './choice-group';

const UNION = [
  { value: 'AGREED', label: '合意済み' },
  { value: 'NO_UNION', label: '労働組合なし' },
  { value: 'PENDING', label: '未合意' },
];

describe('RadioGroup', () => {
  function Harness({ errorMessage }: { errorMessage?: string }) {
    const [value, setValue] = useState<string | null>('PENDING');
    return (
      <RadioGroup
        id="union"
        label="労働組合との合意"
        options={UNION}
        value={value}
        onChange={setValue}
        errorMessage={errorMessage}
      />
    );
  }

  it('moves the choice with the arrow keys and names its group', async () => {
    const { container } = render(<Harness />);
    expect(screen.getByRole('radiogroup', { name: '労働組合との合意' })).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: '未合意' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: '労働組合なし' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('ties the server error to the group and lets a summary focus its first radio', async () => {
    const { container } = render(<Harness errorMessage="合意日を入力してください。" />);
    expect(screen.getByRole('radiogroup')).toHaveAccessibleDescription(/合意日を入力してください。/);
    const first = document.getElementById('union');
    expect(first).toBe(screen.getByRole('radio', { name: '合意済み' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('CheckboxGroup', () => {
  function Harness() {
    const [value, setValue] = useState<string[]>([]);
    return (
      <>
        <CheckboxGroup
          id="conditions"
          label="提示した条件"
          options={[
            { value: 'PERIOD', label: '期間' },
            { value: 'WAGES', label: '賃金' },
          ]}
          value={value}
          onChange={setValue}
        />
        <output>{value.join(',')}</output>
      </>
    );
  }

  it('ticks several choices by keyboard under one label', async () => {
    const { container } = render(<Harness />);
    expect(screen.getByRole('group', { name: '提示した条件' })).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('PERIOD,WAGES');
    expect(document.getElementById('conditions')).toBe(screen.getByRole('checkbox', { name: '期間' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
