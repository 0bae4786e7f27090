import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CheckCorporateNumberDocument } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { ReferralForm, type ReferralFormLists } from './referral-form';
import { referralFormErrors, type ReferralFormErrors } from './referral-form-errors';
import { EMPTY_REFERRAL_FORM, type ReferralFormValues } from './referral-form-values';

const lists: ReferralFormLists = {
  industries: [{ value: 'E', label: 'E 製造業' }],
  prefectures: [{ value: '13', label: '東京都' }],
  sizes: [
    { value: 'SME', label: '中小企業' },
    { value: 'LARGE', label: '大企業' },
  ],
  needs: [
    { value: 'SURPLUS', label: '人員過剰（送り出したい人員がいる(送出情報)）' },
    { value: 'SHORTAGE', label: '人員不足（受け入れたい人員がいる(受入情報)）' },
    { value: 'BOTH', label: '両方（送出情報と受入情報の両方）' },
  ],
};

const WRONG = '1234567890123';
const RIGHT = '3992301100137';
const CHECK_DIGIT_MESSAGE = '法人番号のチェックデジットが正しくありません。';
const check = (corporateNumber: string, valid: boolean) => ({
  request: { query: CheckCorporateNumberDocument, variables: { corporateNumber } },
  result: {
    data: {
      checkCorporateNumber: {
        __typename: 'CorporateNumberCheck',
        valid,
        message: valid ? null : CHECK_DIGIT_MESSAGE,
      },
    },
  },
});

function Harness({
  errors = referralFormErrors(null),
  onSubmit = vi.fn(),
  initial = EMPTY_REFERRAL_FORM,
}: {
  errors?: ReferralFormErrors;
  onSubmit?: () => void;
  initial?: ReferralFormValues;
}) {
  const [values, setValues] = useState(initial);
  return (
    <ReferralForm
      values={values}
      onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
      lists={lists}
      errors={errors}
      submitLabel="下書きに保存"
      isSubmitting={false}
      onSubmit={onSubmit}
      cancel={null}
    />
  );
}

function renderForm(props: Parameters<typeof Harness>[0] = {}) {
  return render(
    <MockedProvider mocks={[check(WRONG, false), check(RIGHT, true)]}>
      <Harness {...props} />
    </MockedProvider>,
  );
}

describe('ReferralForm', () => {
  it('has the API check the 法人番号 as it is typed, and shows its message at the field until it is right', async () => {
    const user = userEvent.setup();
    const { container } = renderForm();
    const field = screen.getByRole('textbox', { name: /法人番号/ });
    await user.type(field, WRONG);
    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), { timeout: 2000 });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/チェックデジットが正しくありません/);
    expect(await axeViolations(container)).toEqual([]);

    await user.clear(field);
    await user.type(field, RIGHT);
    expect(await screen.findByText('法人番号を確認しました。')).toBeTruthy();
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    // Typing 26 characters key by key, each answer after the typing pauses: slower than most tests on a busy machine.
  }, 20_000);

  it('asks the people counts the chosen need calls for', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(screen.queryByRole('textbox', { name: /送り出したい人数/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /^両方/ }));
    expect(screen.getByRole('textbox', { name: /送り出したい人数/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /受け入れたい人数/ })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /^人員不足/ }));
    expect(screen.queryByRole('textbox', { name: /送り出したい人数/ })).toBeNull();
  });

  it('shows the API’s field errors at their fields, in the form’s order, with focus on the first', async () => {
    const failure = {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      message: '入力内容に誤りがあります。',
      retryAfterSeconds: null,
      fields: [
        { field: 'input.consentObtainedBy', message: '同意を取得した担当者名を入力してください。' },
        { field: 'input.clientName', message: '紹介先企業名を入力してください。' },
      ],
    };
    const { container } = renderForm({ errors: referralFormErrors(failure) });
    const name = screen.getByRole('textbox', { name: /企業名/ });
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(/紹介先企業名を入力してください/);
    const items = screen.getByRole('alert').querySelectorAll('li');
    expect([...items].map((item) => item.textContent)).toEqual([
      '紹介先企業名を入力してください。',
      '同意を取得した担当者名を入力してください。',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('submits by keyboard', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    renderForm({ onSubmit: submitted });
    screen.getByRole('button', { name: '下書きに保存' }).focus();
    await user.keyboard('{Enter}');
    expect(submitted).toHaveBeenCalledTimes(1);
  });
});
