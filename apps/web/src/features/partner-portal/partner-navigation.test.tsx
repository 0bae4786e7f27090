import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { axeViolations } from '../../test/axe';
import { PartnerNavigation } from './partner-navigation';

function renderAt(path: string, forwardsReferrals: boolean) {
  const rootRoute = createRootRoute({
    component: () => (
      <nav aria-label="メインメニュー">
        <PartnerNavigation forwardsReferrals={forwardsReferrals} />
      </nav>
    ),
  });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  return render(<RouterProvider router={router} />);
}

const names = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('PartnerNavigation', () => {
  it('gives a branch the partner’s menus only, without the head office’s bulk upload', async () => {
    const { container } = renderAt('/referrals/new', false);
    expect(await screen.findByRole('link', { name: '紹介する' })).toHaveAttribute('aria-current', 'page');
    expect(names()).toEqual(['ホーム', '紹介する', '紹介の一覧', 'アカウント']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('adds the bulk upload for a user the API says forwards referrals (the head office)', async () => {
    renderAt('/', true);
    expect(await screen.findByRole('link', { name: '一括登録' })).toHaveAttribute(
      'href',
      '/referrals/imports',
    );
    expect(names()).toEqual(['ホーム', '紹介する', '紹介の一覧', '一括登録', 'アカウント']);
    expect(screen.getByRole('link', { name: 'ホーム' })).toHaveAttribute('aria-current', 'page');
  });
});
