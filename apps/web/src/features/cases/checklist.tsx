import { Badge } from '@kakehashi/web-ui';
import type { CaseChecklistItemFragment, CaseDetailFragment } from '../../gql/graphql';
import { caseMessages } from './messages';

const text = caseMessages.checklist;

/** One item: done or not, required or advice, what exactly is missing, and before which stage it is needed. */
function Item({
  item,
  stageLabel,
}: {
  item: CaseChecklistItemFragment;
  stageLabel: (stage: string) => string;
}) {
  return (
    <li className="flex flex-wrap items-start gap-x-3 gap-y-1 border-b border-solid-gray-200 py-2 last:border-b-0">
      <span aria-hidden="true" className={item.done ? 'font-bold text-green-1100' : 'font-bold text-error-1'}>
        {item.done ? '✓' : '○'}
      </span>
      <span className="min-w-0 flex-1">
        <span className="font-bold">{item.label}</span>
        <span className="sr-only">（{item.done ? text.done : text.notDone}）</span>
        {item.detail && !item.done ? (
          <span className="block text-sm text-solid-gray-800">{item.detail}</span>
        ) : null}
        {item.requiredBefore ? (
          <span className="block text-sm text-solid-gray-700">
            {text.requiredBefore(stageLabel(item.requiredBefore))}
          </span>
        ) : null}
      </span>
      <span className="flex gap-2" aria-hidden="true">
        <Badge tone={item.done ? 'success' : item.required ? 'danger' : 'neutral'}>
          {item.done ? text.done : text.notDone}
        </Badge>
        <Badge tone={item.required ? 'info' : 'neutral'}>{item.required ? text.required : text.advice}</Badge>
      </span>
      <span className="sr-only">（{item.required ? text.required : text.advice}）</span>
    </li>
  );
}

/** The current stage's checklist from the API, and what is still missing to move on. */
export function Checklist({
  kase,
  stage,
}: {
  kase: CaseDetailFragment;
  stage: CaseDetailFragment['stages'][number];
}) {
  const stageLabel = (code: string) => kase.stages.find((each) => each.stage === code)?.label ?? code;
  const ended = kase.stage === 'COMPLETED' || kase.stage === 'NOT_ESTABLISHED';
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="mb-2 text-lg font-bold">{text.heading(stage.label)}</h3>
        {stage.checklist.length ? (
          <ul>
            {stage.checklist.map((item) => (
              <Item key={item.key} item={item} stageLabel={stageLabel} />
            ))}
          </ul>
        ) : (
          <p className="text-solid-gray-700">{text.empty}</p>
        )}
      </div>
      {ended ? null : (
        <div>
          <h3 className="mb-2 font-bold">{text.missingHeading}</h3>
          {kase.missingForNextStage.length ? (
            <ul className="list-disc pl-6">
              {kase.missingForNextStage.map((item) => (
                <li key={`${item.stage}-${item.key}`}>
                  {item.label}
                  {item.detail ? `（${item.detail}）` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>{text.nothingMissing}</p>
          )}
        </div>
      )}
    </div>
  );
}
