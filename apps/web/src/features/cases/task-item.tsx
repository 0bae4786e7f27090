import { formatDate, formatDateTime } from '@kakehashi/web-ui';
import type { MyTasksQuery } from '../../gql/graphql';
import { CaseLink } from '../../shared/case-link';
import { tasksMessages as text } from './messages';

export type Task = MyTasksQuery['myTasks']['edges'][number]['node'];

/** One task: what to do, for which case (a link to it), where the case stands, and when it falls due or was done. */
export function TaskItem({ task, stageLabel }: { task: Task; stageLabel: string }) {
  return (
    <li className="rounded-8 border border-solid-gray-420 bg-white p-3">
      <p className="font-bold">{task.title}</p>
      <p className="text-sm text-solid-gray-800">
        <CaseLink caseId={task.caseId} className="text-blue-900 underline underline-offset-4">
          {text.caseLink(task.caseNumber)}
        </CaseLink>
        ・{text.stage(stageLabel)}
      </p>
      <p className="text-sm text-solid-gray-800">
        {task.doneAt ? text.doneAt(formatDateTime(task.doneAt)) : text.dueOn(formatDate(task.dueOn))}
      </p>
    </li>
  );
}
