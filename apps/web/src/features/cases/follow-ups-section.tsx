import { Badge, EmptyState, formatDate } from '@kakehashi/web-ui';
import { useEnumLabel } from '../../shared/enum-labels';
import { useCasePage } from './case-context';
import { caseMessages } from './messages';
import { nextMoveOf } from './case-steps';
import { CompletionForm } from './records/completion-form';
import { FollowUpForm } from './records/follow-up-form';

const text = caseMessages.followUps;

/**
 * STEP6: the follow-ups planned, those recorded, a form to record one (once the people are established), and at the
 * end of the follow-up stage the completion.
 */
export function FollowUpsSection() {
  const { kase, closed } = useCasePage();
  const statusLabel = useEnumLabel('CaseTaskStatus');
  const tasks = kase.tasks.filter((task) => task.kind === 'FOLLOW_UP');
  return (
    <section aria-labelledby="follow-ups-heading" className="flex flex-col gap-4">
      <h2 id="follow-ups-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-16 bg-white p-6 shadow-sm">
          <h3 className="mb-2 text-lg font-bold">{text.tasksHeading}</h3>
          {tasks.length ? (
            <ul className="flex flex-col gap-2">
              {tasks.map((task) => (
                <li key={task.id} className="flex flex-wrap items-center gap-2">
                  <span>{task.title}</span>
                  <span className="text-sm text-solid-gray-700">{text.taskDue(formatDate(task.dueOn))}</span>
                  <Badge
                    tone={task.status === 'DUE' ? 'warning' : task.status === 'DONE' ? 'success' : 'neutral'}
                  >
                    {statusLabel(task.status)}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p>{text.noTasks}</p>
          )}
        </div>
        <div className="rounded-16 bg-white p-6 shadow-sm">
          <h3 className="mb-2 text-lg font-bold">{text.recordedHeading}</h3>
          {kase.followUps.length ? (
            <ol className="flex flex-col gap-3">
              {[...kase.followUps].reverse().map((followUp) => (
                <li key={followUp.id} className="rounded-8 border border-solid-gray-300 p-3">
                  <p className="font-bold">
                    {formatDate(followUp.heldOn)}・{followUp.methodLabel}
                  </p>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    {(
                      [
                        ['participants', followUp.participants],
                        ['secondeeSituation', followUp.secondeeSituation],
                        ['senderSituation', followUp.senderSituation],
                        ['receiverSituation', followUp.receiverSituation],
                        ['issues', followUp.issues],
                        ['actions', followUp.actions],
                      ] as const
                    )
                      .filter(([, value]) => value)
                      .map(([key, value]) => (
                        <div key={key} className="contents">
                          <dt className="font-bold">{text[key]}</dt>
                          <dd className="break-words">{value}</dd>
                        </div>
                      ))}
                  </dl>
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState title={text.none} />
          )}
        </div>
      </div>
      {closed ? null : <FollowUpForm />}
      {!closed && nextMoveOf(kase.stage, kase.stages) === 'complete' ? <CompletionForm /> : null}
    </section>
  );
}
