import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../../test/axe';
import { CompanyPickerSearchDocument } from '../../gql/graphql';
import { CompanyPicker, type PickedCompany } from './company-picker';

const YAMADA = {
  __typename: 'Company',
  id: '7f9c2a4e-1d3b-4c5a-8e6f-0a1b2c3d4e5f',
  legalName: '株式会社山田製作所',
  legalNameKana: 'ヤマダセイサクショ',
  corporateNumber: '3992301100137',
  jsicMajorGroup: { __typename: 'JsicMajorGroup', code: 'E', nameJa: '製造業' },
  prefecture: { __typename: 'Prefecture', code: '23', nameJa: '愛知県' },
  owningOffice: { __typename: 'Office', id: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', nameJa: '愛知事務所' },
} as const;

const mocks = [
  {
    request: { query: CompanyPickerSearchDocument, variables: { query: 'やまだ' } },
    result: {
      data: {
        companies: {
          __typename: 'CompanyConnection',
          totalCount: 1,
          edges: [{ __typename: 'CompanyEdge', node: YAMADA }],
        },
      },
    },
  },
];

function Harness({
  onChange,
  errorMessage,
}: {
  onChange: (company: PickedCompany | null) => void;
  errorMessage?: string;
}) {
  const [company, setCompany] = useState<PickedCompany | null>(null);
  return (
    <form>
      <CompanyPicker
        id="company"
        isRequired
        errorMessage={errorMessage}
        value={company}
        onChange={(picked) => {
          setCompany(picked);
          onChange(picked);
        }}
      />
      <button type="submit">登録する</button>
    </form>
  );
}

describe('CompanyPicker', () => {
  it('finds a company by its reading in hiragana and hands back the chosen company', async () => {
    const changed = vi.fn();
    render(
      <MockedProvider mocks={mocks}>
        <Harness onChange={changed} />
      </MockedProvider>,
    );
    const input = screen.getByRole('combobox', { name: /^企業/ });
    await userEvent.type(input, 'やまだ');
    // While the search waits for the pause in typing, the open list says so.
    expect(screen.getByRole('listbox', { name: '企業の候補' })).toHaveTextContent('検索中…');
    const option = await screen.findByRole('option', { name: '株式会社山田製作所' });
    expect(option).toHaveAccessibleDescription('法人番号 3992301100137・愛知県・愛知事務所');
    // The suggestions are part of the page: the form's button stays there for screen readers, axe finds nothing.
    expect(screen.getByRole('button', { name: '登録する' })).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(changed).toHaveBeenLastCalledWith(expect.objectContaining({ id: YAMADA.id }));
    expect(input).toHaveValue('株式会社山田製作所');
  });

  it("shows the API's message at the field, and stays accessible with the suggestions open", async () => {
    render(
      <MockedProvider mocks={mocks}>
        <Harness onChange={vi.fn()} errorMessage="企業を選択してください。" />
      </MockedProvider>,
    );
    const input = screen.getByRole('combobox', { name: /^企業/ });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/企業を選択してください。/);
    await userEvent.type(input, 'やまだ');
    await screen.findByRole('option', { name: '株式会社山田製作所' });
    expect(screen.getByText('企業を選択してください。')).toBeVisible();
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
