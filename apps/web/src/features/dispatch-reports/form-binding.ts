import { focusField } from '@kakehashi/web-ui';
import { useEffect, useState } from 'react';
import type { ReportDraft } from './dispatch-draft';

/** What every part of the form is given: the draft, a change to it, each input's message, and focus after a change. */
export interface FormBinding {
  draft: ReportDraft;
  update: (change: (draft: ReportDraft) => ReportDraft) => void;
  /** The message of the input at this path (the API's, or a value left empty). */
  errorAt: (path: string) => string | undefined;
  /** Moves focus to this element once the change is drawn (a row added: its first input; removed: the add button). */
  focusLater: (id: string) => void;
}

/** Focus that waits for the next render (the row it points at does not exist yet when the key is pressed). */
export function useFocusLater(): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    focusField(pending);
    setPending(null);
  }, [pending]);
  return setPending;
}
