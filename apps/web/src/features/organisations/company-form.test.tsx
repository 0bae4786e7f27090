import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompanyForm } from './company-form';
import { companyFormErrors } from './company-form-errors';
import { EMPTY_COMPANY_FORM } from './company-form-values';
import type { CompanyReferenceLists } from './use-company-reference-lists';

const lists: CompanyReferenceLists = {
  industries: [{ value: 'E', label: 'E 製造業' }],
  prefectures: [{ value: '13', label: '東京都' }],
  offices: [{ value: 'o13', label: '東京事務所' }],
  sizes: [
    { value: 'SME', label: '中小企業' },
    { value: 'LARGE', label: '大企業' },
  ],
  labelOf: (_list, value) => value,
};

function renderForm(errors = companyFormErrors(null), onSubmit = vi.fn()) {
  return render(
    <CompanyForm
      values={{ ...EMPTY_COMPANY_FORM, legalName: '株式会社テスト' }}
      onChange={vi.fn()}
      lists={lists}
      errors={errors}
      chooseOffice={false}
      ownOfficeName="東京事務所"
      submitLabel="登録する"
      isSubmitting={false}
      onSubmit={onSubmit}
      cancel={null}
    />,
  );
}

describe('CompanyForm', () => {
  it('shows the API’s message at its field and puts focus on the first field at fault', () => {
    const failure = {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      message: '入力内容に誤りがあります。',
      retryAfterSeconds: null,
      fields: [
        { field: 'input.prefectureCode', message: '都道府県を選択してください' },
        { field: 'input.corporateNumber', message: '法人番号のチェックデジットが正しくありません' },
      ],
    };
    renderForm(companyFormErrors(failure));
    const corporateNumber = screen.getByRole('textbox', { name: /法人番号/ });
    expect(corporateNumber).toHaveAccessibleDescription(/チェックデジットが正しくありません/);
    expect(corporateNumber).toHaveAttribute('aria-invalid', 'true');
    // The form's order decides "first", not the API's: 法人番号 comes before 都道府県.
    expect(corporateNumber).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('都道府県を選択してください');
  });

  it('puts focus on a list field (a select) when it is the first at fault', () => {
    renderForm(companyFormErrors(null, { size: '企業規模を選択してください' }));
    expect(screen.getByRole('button', { name: /企業規模/ })).toHaveFocus();
  });

  it('places a registered 法人番号 refusal at the 法人番号 field', () => {
    const taken = {
      code: 'CONFLICT',
      reason: 'CORPORATE_NUMBER_TAKEN',
      message: '法人番号 3992301100137 は既に登録されています(株式会社山田製作所、愛知事務所)。',
      retryAfterSeconds: null,
      fields: [],
      extensions: { field: 'input.corporateNumber', existingCompanyId: 'c1' },
    };
    renderForm(companyFormErrors(taken));
    expect(screen.getByRole('textbox', { name: /法人番号/ })).toHaveAccessibleDescription(
      /既に登録されています/,
    );
  });

  it('submits by keyboard', async () => {
    const submitted = vi.fn();
    renderForm(undefined, submitted);
    screen.getByRole('button', { name: '登録する' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(submitted).toHaveBeenCalledTimes(1);
  });
});
