import { useEffect } from 'react';
import { messages } from './messages';

/** Each page names itself in the tab and to screen readers arriving after navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} | ${messages.productName}`;
  }, [title]);
}
