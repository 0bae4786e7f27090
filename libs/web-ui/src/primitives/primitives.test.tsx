import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { Badge } from './badge';
import { Button } from './button';
import { Checkbox } from './checkbox';
import { Dialog } from './dialog';
import { EmptyState } from './empty-state';
import { ErrorSummary } from './error-summary';
import { Meter } from './meter';
import { Select } from './select';
import { StepList } from './step-list';
import { TextField } from './text-field';

describe('Button', () => {
  it('is pressed by keyboard and has no accessibility violations', async () => {
    const pressed = vi.fn();
    const { container } = render(<Button onPress={pressed}>保存</Button>);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Button while pending', () => {
  it('cannot be pressed again and says why in its own text', async () => {
    const pressed = vi.fn();
    render(
      <Button onPress={pressed} isPending>
        保存
      </Button>,
    );
    const button = screen.getByRole('button', { name: '保存（処理中）' });
    expect(button).toBeDisabled();
    await userEvent.click(button);
    expect(pressed).not.toHaveBeenCalled();
  });
});

describe('TextField', () => {
  it('ties its label, hint and server error to the input', async () => {
    const { container } = render(
      <TextField
        label="法人番号"
        description="13桁"
        errorMessage="チェックデジットが一致しません。"
        isRequired
      />,
    );
    const input = screen.getByRole('textbox', { name: /法人番号/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/チェックデジットが一致しません。/);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ErrorSummary', () => {
  it('is announced and moves focus to the first field at fault', async () => {
    const { container } = render(
      <>
        <input id="name" aria-label="名称" />
        <ErrorSummary
          title="保存できませんでした"
          problems={[{ fieldId: 'name', message: '名称は必須です。' }]}
        />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('名称は必須です。');
    expect(screen.getByLabelText('名称')).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Dialog', () => {
  function Harness() {
    const [open, setOpen] = useState(true);
    return (
      <Dialog title="案件を戻す" isOpen={open} onOpenChange={setOpen}>
        <p>理由を入力してください。</p>
        <Button onPress={() => setOpen(false)}>閉じる</Button>
      </Dialog>
    );
  }

  it('is a named dialog that closes with Escape', async () => {
    render(<Harness />);
    expect(screen.getByRole('dialog', { name: '案件を戻す' })).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('Select', () => {
  it('chooses by keyboard', async () => {
    const chosen = vi.fn();
    const { container } = render(
      <Select
        label="都道府県"
        value={null}
        onChange={chosen}
        options={[
          { value: '13', label: '東京都' },
          { value: '27', label: '大阪府' },
        ]}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenLastCalledWith('27');
  });
});

describe('display primitives', () => {
  it('say their state in words, not only in colour', async () => {
    const { container } = render(
      <>
        <Meter label="適合度" value={82} valueText="82点" />
        <StepList
          label="案件の進み具合"
          steps={[
            { key: 'S1', label: 'STEP1', state: 'done' },
            { key: 'S2', label: 'STEP2', state: 'current' },
            { key: 'S3', label: 'STEP3', state: 'upcoming' },
          ]}
        />
        <Badge tone="danger">期限超過</Badge>
        <EmptyState title="該当する案件はありません" />
        <Checkbox>同意を得た</Checkbox>
      </>,
    );
    expect(screen.getByRole('meter', { name: '適合度' })).toHaveAttribute('aria-valuetext', '82点');
    expect(screen.getByText('STEP2').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('（完了）')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
