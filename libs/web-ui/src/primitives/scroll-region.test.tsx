import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations } from '../testing/axe';
import { ScrollRegion } from './scroll-region';

describe('ScrollRegion', () => {
  it('is a named region that keyboard users can reach, without accessibility violations', async () => {
    const { container } = render(
      <ScrollRegion label="企業の一覧">
        <table>
          <tbody>
            <tr>
              <td>株式会社山田製作所</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>,
    );
    await userEvent.tab();
    expect(screen.getByRole('region', { name: '企業の一覧' })).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });
});
