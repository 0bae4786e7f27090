import { render, screen } from '@testing-library/react';
import { axeViolations } from '../../test/axe';
import { MatchRetryMenus } from './match-retry-menus';

const SUGGESTION = {
  reason: '不足している資格「基本情報技術者」の取得を目指せます',
  gapItems: ['基本情報技術者'],
  menu: {
    id: 'IT_STEPWISE_CERTIFICATION' as const,
    group: 'IT' as const,
    groupName: 'IT分野',
    menuName: 'IT初級者の段階的なIT資格取得型',
    title: 'IT初級者の段階的なIT資格取得型（仮称）',
    target: 'IT初級者',
    content: '段階的にIT技術を習得',
    provisional: true,
    seed: 'S000:195–199',
  },
};

describe('RETRY menus on a match card', () => {
  it("shows each menu with the API's reason and the gaps it closes, and links to the catalogue", async () => {
    const { container } = render(<MatchRetryMenus suggestions={[SUGGESTION]} />);
    expect(screen.getByRole('heading', { name: '不足を補える RETRY のメニュー' })).toBeInTheDocument();
    expect(screen.getByText('IT分野：IT初級者の段階的なIT資格取得型（仮称）')).toBeInTheDocument();
    expect(screen.getByText(SUGGESTION.reason)).toBeInTheDocument();
    expect(screen.getByText('補える不足：「基本情報技術者」')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'RETRY のメニュー一覧' })).toHaveAttribute(
      'href',
      '/jobcard/retry',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows nothing when the match has no missing skill or licence', () => {
    const { container } = render(<MatchRetryMenus suggestions={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
