export type StepState = 'done' | 'current' | 'upcoming';

export interface Step {
  key: string;
  label: string;
  state: StepState;
}

const STATE_TEXT: Record<StepState, string> = { done: '完了', current: '現在', upcoming: '未着手' };

/** The path of a case (STEP 1–6 or the transfer path): where it is, in words as well as marks. */
export function StepList({ label, steps }: { label: string; steps: Step[] }) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap gap-2">
        {steps.map((step, index) => (
          <li
            key={step.key}
            aria-current={step.state === 'current' ? 'step' : undefined}
            className={[
              'flex items-center gap-2 rounded-8 border px-3 py-2',
              step.state === 'current'
                ? 'border-blue-900 bg-blue-900 font-bold text-white'
                : step.state === 'done'
                  ? 'border-solid-gray-600 bg-solid-gray-50'
                  : 'border-dashed border-solid-gray-600 bg-white',
            ].join(' ')}
          >
            <span aria-hidden="true">{step.state === 'done' ? '✓' : index + 1}</span>
            <span>{step.label}</span>
            <span className="sr-only">（{STATE_TEXT[step.state]}）</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
