import type { ReactNode } from 'react';

/** What an empty list means and what to do next, instead of a blank area. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-8 border border-dashed border-solid-gray-600 bg-white p-6 text-center">
      <p className="font-bold">{title}</p>
      {children ? <div className="mt-2 text-solid-gray-700">{children}</div> : null}
    </div>
  );
}
