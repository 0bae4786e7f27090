import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { CheckboxGroup, RadioGroup } from './choice-group';
import { DatePicker } from './date-picker';
import { ErrorSummary } from './error-summary';
import { NumberField, YenField } from './number-field';

describe('YenField', () => {
  function Harness({ onValue }: { onValue: (value: number | null) => void }) {
    const [value, setValue] = useState<number | null>(null);
    return (
      <>
        <YenField
          label="月額賃金"
          value={value}
          onChange={(next) => {
            setValue(next);
            onValue(next);
          }}
        />
        <button type="button">次へ</button>
      </>
    );
  }

  it('takes plain digits and shows thousands separators and 円 once left', async () => {
    const values = vi.fn();
    const { container } = render(<Harness onValue={values} />);
    const input = screen.getByRole('textbox', { name: '月額賃金' });
    await userEvent.type(input, '280000');
    await userEvent.tab();
    expect(values).toHaveBeenLastCalledWith(280000);
    expect(input).toHaveValue('280,000円');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reads its own display back, and an emptied field is "not given", not 0', async () => {
    const values = vi.fn();
    render(<Harness onValue={values} />);
    const input = screen.getByRole('textbox', { name: '月額賃金' });
    await userEvent.type(input, '1,234,000円');
    await userEvent.tab();
    expect(values).toHaveBeenLastCalledWith(1234000);
    await userEvent.clear(input);
    await userEvent.tab();
    expect(values).toHaveBeenLastCalledWith(null);
  });
});

describe('NumberField', () => {
  it('names its unit to screen readers and shows the server error', async () => {
    const { container } = render(
      <NumberField
        label="人数"
        unit="人"
        value={0}
        onChange={() => undefined}
        errorMessage="人数は1以上9999以下の整数で入力してください。"
      />,
    );
    const input = screen.getByRole('textbox', { name: /人数（人）/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/1以上9999以下/);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('DatePicker', () => {
  function Harness({ onValue }: { onValue: (value: string | null) => void }) {
    const [value, setValue] = useState<string | null>('2026-04-01');
    return (
      <DatePicker
        id="received"
        label="受付日"
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
    );
  }

  it('shows the chosen day with its 和暦 and steps the day by keyboard', async () => {
    const values = vi.fn();
    const { container } = render(<Harness onValue={values} />);
    expect(screen.getByText('2026年4月1日（令和8年）')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    const day = screen.getByRole('spinbutton', { name: /^日/ });
    act(() => day.focus());
    day.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(values).toHaveBeenLastCalledWith('2026-04-02');
    expect(screen.getByText('2026年4月2日（令和8年）')).toBeInTheDocument();
  });

  it('opens a calendar dialog from its button', async () => {
    render(<Harness onValue={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: /カレンダーを開く/ }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('CheckboxGroup and RadioGroup', () => {
  it('are labelled groups chosen by keyboard, and a summary link focuses their first choice', async () => {
    const checked = vi.fn();
    const chosen = vi.fn();
    const { container } = render(
      <>
        <ErrorSummary
          title="保存できませんでした"
          problems={[{ fieldId: 'move-types', message: '形態を1つ以上選択してください。' }]}
        />
        <CheckboxGroup
          id="move-types"
          label="受入れ可能な形態"
          value={[]}
          onChange={checked}
          errorMessage="形態を1つ以上選択してください。"
          options={[
            { value: 'SECONDMENT', label: '在籍型出向' },
            { value: 'TRANSFER', label: '移籍' },
          ]}
        />
        <RadioGroup
          label="希望する形態"
          value="EITHER"
          onChange={chosen}
          options={[
            { value: 'SECONDMENT', label: '在籍型出向' },
            { value: 'TRANSFER', label: '移籍' },
            { value: 'EITHER', label: 'いずれも可' },
          ]}
        />
      </>,
    );
    expect(screen.getByRole('checkbox', { name: '在籍型出向' })).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.keyboard(' ');
    expect(checked).toHaveBeenLastCalledWith(['SECONDMENT']);
    act(() => screen.getByRole('radio', { name: 'いずれも可' }).focus());
    await userEvent.keyboard('{ArrowLeft}');
    expect(chosen).toHaveBeenLastCalledWith('TRANSFER');
    expect(screen.getByRole('group', { name: /受入れ可能な形態/ })).toBeInTheDocument();
  });
});
