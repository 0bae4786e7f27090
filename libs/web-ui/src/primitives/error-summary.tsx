import { useEffect, useRef } from 'react';

export interface FieldProblem {
  /** The id of the input to focus, when the problem belongs to one. */
  fieldId?: string;
  message: string;
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

/** Focus the field with this id, or the first control inside it (a group of checkboxes, a date's segments). */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  (control ?? target).focus();
}

/**
 * The problems of a refused form, announced at once (role="alert") and each linked to its field. Focus goes to the
 * first field at fault, so a keyboard user lands where the fix is.
 */
export function ErrorSummary({ title, problems }: { title: string; problems: FieldProblem[] }) {
  const first = problems.find((problem) => problem.fieldId)?.fieldId;
  const signature = problems.map((problem) => `${problem.fieldId}:${problem.message}`).join('|');
  const lastSignature = useRef('');
  useEffect(() => {
    if (!signature || signature === lastSignature.current) return;
    lastSignature.current = signature;
    if (first) focusField(first);
  }, [first, signature]);
  if (!problems.length) return null;
  return (
    <div role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4">
      <p className="font-bold text-error-1">{title}</p>
      <ul className="mt-2 list-disc pl-6">
        {problems.map(({ fieldId, message }, index) => (
          <li key={`${fieldId ?? 'form'}-${index}`}>
            {fieldId ? (
              <a
                className="text-blue-900 underline"
                href={`#${fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(fieldId);
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
