import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<BadgeTone, string> = {
  neutral: 'border-solid-gray-600 bg-solid-gray-50 text-solid-gray-900',
  info: 'border-blue-900 bg-blue-50 text-blue-1000',
  success: 'border-green-900 bg-green-50 text-green-1100',
  warning: 'border-yellow-900 bg-yellow-50 text-solid-gray-900',
  danger: 'border-error-1 bg-red-50 text-error-2',
};

/** A short status label; the text carries the meaning, the tone only helps. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-bold ${TONES[tone]}`}>
      {children}
    </span>
  );
}
