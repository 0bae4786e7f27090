import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { axeViolations } from '../testing/axe';
import { KanbanCard, KanbanColumn } from './kanban';
import { PopupMenu } from './popup-menu';
import { Tabs } from './tabs';

interface Card {
  id: string;
  title: string;
  to: string | null;
}

const toType = (column: string) => `application/x-test-to-${column}`;

/** Two columns; a card may go only to the column its `to` names. */
function Board({ onDrop, cards }: { onDrop: (id: string, column: string) => void; cards: Card[] }) {
  return (
    <>
      {(['left', 'right'] as const).map((column) => (
        <section key={column}>
          <h2 id={`h-${column}`}>{column === 'left' ? 'STEP1' : 'STEP2'}</h2>
          <KanbanColumn
            labelledBy={`h-${column}`}
            accepts={toType(column)}
            onDropItem={(id) => onDrop(id, column)}
          >
            {column === 'left' ? (
              cards.map((card) => (
                <KanbanCard
                  key={card.id}
                  id={card.id}
                  dropTypes={card.to ? [toType(card.to)] : []}
                  handleLabel={`${card.title} を移動`}
                  textValue={card.title}
                >
                  <a href={`/cases/${card.id}`}>{card.title}</a>
                </KanbanCard>
              ))
            ) : (
              <li>案件はありません</li>
            )}
          </KanbanColumn>
        </section>
      ))}
    </>
  );
}

const CARDS: Card[] = [
  { id: 'a', title: '案件 No.1', to: 'right' },
  { id: 'b', title: '案件 No.2', to: null },
];

describe('KanbanColumn and KanbanCard', () => {
  it('list the cards by name, give a drag handle only to those that may move, and are accessible', async () => {
    const { container } = render(<Board onDrop={vi.fn()} cards={CARDS} />);
    const step1 = screen.getByRole('list', { name: 'STEP1' });
    expect(within(step1).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(step1)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['案件 No.1 を移動']);
    expect(screen.getByRole('list', { name: 'STEP2' })).toHaveTextContent('案件はありません');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('move a card by keyboard only to a column that accepts it', async () => {
    const dropped = vi.fn();
    render(<Board onDrop={dropped} cards={CARDS} />);
    await userEvent.tab();
    // The handle takes on drag behaviour when reached, and keeps the focus.
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '案件 No.1 を移動' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    // The drop target that takes the focus is STEP2's (named by its heading); STEP1 is no target for this card.
    await vi.waitFor(() => expect(document.activeElement).toHaveAccessibleName('STEP2'));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).not.toHaveAccessibleName('STEP1');
    if (document.activeElement?.getAttribute('aria-labelledby') !== 'h-right')
      await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toHaveAccessibleName('STEP2');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(dropped).toHaveBeenCalledWith('a', 'right'));
  });

  it('let Tab go through a card and on to the next, whatever the card turns into on the way', async () => {
    render(<Board onDrop={vi.fn()} cards={[...CARDS, { id: 'c', title: '案件 No.3', to: 'right' }]} />);
    await userEvent.tab();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '案件 No.1 を移動' })).toHaveFocus());
    await userEvent.tab();
    expect(screen.getByRole('link', { name: '案件 No.1' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: '案件 No.2' })).toHaveFocus();
    await userEvent.tab();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '案件 No.3 を移動' })).toHaveFocus());
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('link', { name: '案件 No.2' })).toHaveFocus();
  });

  it('cancel a keyboard drag with Escape, dropping nothing', async () => {
    const dropped = vi.fn();
    render(<Board onDrop={dropped} cards={CARDS} />);
    await userEvent.tab();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '案件 No.1 を移動' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toHaveAccessibleName('STEP2'));
    await userEvent.keyboard('{Escape}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dropped).not.toHaveBeenCalled();
  });

  it('give no handle when moving is not allowed', () => {
    render(
      <ul>
        <KanbanCard id="a" dropTypes={['x']} handleLabel="移動" textValue="案件" isDragDisabled>
          案件
        </KanbanCard>
      </ul>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('PopupMenu', () => {
  function Harness({ chosen }: { chosen: (id: string) => void }) {
    const trigger = useRef<HTMLButtonElement>(null);
    const [open, setOpen] = useState(false);
    return (
      <>
        <button ref={trigger} type="button" aria-haspopup="menu" onClick={() => setOpen(true)}>
          案件 No.1 の段階を移す
        </button>
        <PopupMenu
          triggerRef={trigger}
          isOpen={open}
          onClose={() => setOpen(false)}
          label="案件 No.1 の段階を移す"
          items={[
            { id: 'advance', label: '「STEP2 企業間面談」へ進める' },
            { id: 'open', label: '案件ページを開く', href: '/cases/1' },
          ]}
          onAction={chosen}
        />
      </>
    );
  }

  it('opens from a plain button with its first item focused, reports the choice and gives the focus back', async () => {
    const chosen = vi.fn();
    render(<Harness chosen={chosen} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: '案件 No.1 の段階を移す' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['「STEP2 企業間面談」へ進める', '案件ページを開く']);
    await vi.waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(chosen).toHaveBeenCalledWith('advance');
    await vi.waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
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
