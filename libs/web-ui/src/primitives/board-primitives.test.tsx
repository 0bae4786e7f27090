import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations } from '../testing/axe';
import { ActionMenu } from './action-menu';
import { KanbanList } from './kanban-list';
import { Tabs } from './tabs';

interface Card {
  id: string;
  title: string;
  to: string | null;
}

const toType = (column: string) => `application/x-test-to-${column}`;

/** Two columns; a card may go only to the column its `to` names. */
function Board({ onDrop }: { onDrop: (id: string, column: string) => void }) {
  const cards: Card[] = [
    { id: 'a', title: '案件 No.1', to: 'right' },
    { id: 'b', title: '案件 No.2', to: null },
  ];
  return (
    <>
      {(['left', 'right'] as const).map((column) => (
        <section key={column} aria-labelledby={`h-${column}`}>
          <h2 id={`h-${column}`}>{column === 'left' ? 'STEP1' : 'STEP2'}</h2>
          <KanbanList
            labelledBy={`h-${column}`}
            items={column === 'left' ? cards : []}
            textValue={(card) => card.title}
            emptyLabel="案件はありません"
            accepts={toType(column)}
            dropTypesOf={(card) => (card.to ? [toType(card.to)] : [])}
            onDropItem={(id) => onDrop(id, column)}
          >
            {(card) => <a href={`/cases/${card.id}`}>{card.title}</a>}
          </KanbanList>
        </section>
      ))}
    </>
  );
}

describe('KanbanList', () => {
  it('lists its items by their names, with a drag handle, and says when it is empty', async () => {
    const { container } = render(<Board onDrop={vi.fn()} />);
    const step1 = screen.getByRole('grid', { name: 'STEP1' });
    expect(
      within(step1)
        .getAllByRole('row')
        .map((row) => row.textContent?.replace('⠿', '')),
    ).toEqual(['案件 No.1', '案件 No.2']);
    expect(within(step1).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByRole('grid', { name: 'STEP2' })).toHaveTextContent('案件はありません');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('moves between items with the arrow keys and into an item’s link', async () => {
    render(<Board onDrop={vi.fn()} />);
    await userEvent.tab();
    expect(screen.getAllByRole('row')[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('row')[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('link', { name: '案件 No.2' })).toHaveFocus();
  });

  it('drops an item by keyboard only where it may go', async () => {
    const dropped = vi.fn();
    render(<Board onDrop={dropped} />);
    await userEvent.tab();
    // Into the first card: its drag handle, then Enter starts the drag and Enter on the target drops it.
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('slot', 'drag');
    await userEvent.keyboard('{Enter}');
    const target = screen.getByRole('grid', { name: 'STEP2' });
    await vi.waitFor(() => expect(target.contains(document.activeElement)).toBe(true));
    // Its own column is no target: Tab cycles between the valid targets (only STEP2) and the handle (to cancel).
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toHaveAttribute('slot', 'drag');
    await userEvent.keyboard('{Tab}');
    expect(target.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(dropped).toHaveBeenCalledWith('a', 'right'));
  });

  it('does nothing at all when dragging is disabled', async () => {
    render(
      <KanbanList
        labelledBy="h"
        items={[{ id: 'a' }]}
        textValue={() => '案件 No.1'}
        emptyLabel="なし"
        isDragDisabled
      >
        {() => '案件 No.1'}
      </KanbanList>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('ActionMenu', () => {
  it('opens by keyboard, offers its actions and reports the chosen one', async () => {
    const chosen = vi.fn();
    render(
      <ActionMenu
        label="段階を移す"
        accessibleLabel="案件 No.1 の段階を移す"
        items={[
          { id: 'advance', label: '「STEP2 企業間面談」へ進める' },
          { id: 'open', label: '案件ページを開く', href: '/cases/1' },
        ]}
        onAction={chosen}
      />,
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['「STEP2 企業間面談」へ進める', '案件ページを開く']);
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(chosen).toHaveBeenCalledWith('advance');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: '案件 No.1 の段階を移す' })).toHaveFocus(),
    );
  });
});

describe('Tabs', () => {
  function Harness() {
    const [tab, setTab] = useState('DUE');
    return (
      <Tabs
        label="タスクの区分"
        selectedId={tab}
        onSelect={setTab}
        tabs={[
          { id: 'DUE', label: '期限到来' },
          { id: 'OVERDUE', label: '期限超過' },
        ]}
      >
        <p>{tab} の一覧</p>
      </Tabs>
    );
  }

  it('switches with the arrow keys and shows the selected tab’s panel', async () => {
    const { container } = render(<Harness />);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('DUE の一覧');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '期限超過' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('OVERDUE の一覧');
    expect(await axeViolations(container)).toEqual([]);
  });
});
