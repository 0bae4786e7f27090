import { render, screen } from '@testing-library/react';
import { TaskItem, type Task } from './task-item';

const task = (overrides: Partial<Task>): Task =>
  ({
    __typename: 'CaseTask',
    id: 't1',
    title: 'フォローアップ（1か月後）',
    kind: 'FOLLOW_UP',
    status: 'DUE',
    dueOn: '2026-12-06',
    doneAt: null,
    caseId: '00000000-0000-4000-8000-000000000012',
    caseNumber: 12,
    stage: 'FOLLOW_UP',
    ...overrides,
  }) as Task;

describe('a task', () => {
  it('leads to its case and says when it falls due, with the 和暦', () => {
    render(
      <ul>
        <TaskItem task={task({})} stageLabel="STEP6 フォローアップ" />
      </ul>,
    );
    expect(screen.getByRole('link', { name: '案件 No.12' })).toHaveAttribute(
      'href',
      '/cases/00000000-0000-4000-8000-000000000012',
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('フォローアップ（1か月後）');
    expect(item).toHaveTextContent('現在の段階: STEP6 フォローアップ');
    expect(item).toHaveTextContent('期日 2026年12月6日（令和8年）');
  });

  it('says when it was done, once done', () => {
    render(
      <ul>
        <TaskItem task={task({ status: 'DONE', doneAt: '2026-12-07T01:30:00Z' })} stageLabel="完了" />
      </ul>,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('完了 2026年12月7日（令和8年） 10:30');
  });
});
