import { createContext, useContext } from 'react';
import type { SheetDetailFragment } from '../../gql/graphql';

/** What every part of the sheet page shares: the sheet as last read, and how to tell the page what happened. */
export interface SheetPageValue {
  sheet: SheetDetailFragment;
  /** The sheet cannot change any more (its final evaluation was issued). */
  locked: boolean;
  /** A polite announcement of what was saved. */
  announce: (message: string) => void;
  /** Someone saved the sheet first: the page shows the conflict panel. */
  conflict: () => void;
}

const SheetPageContext = createContext<SheetPageValue | null>(null);

export const SheetPageProvider = SheetPageContext.Provider;

export function useSheetPage(): SheetPageValue {
  const value = useContext(SheetPageContext);
  if (!value) throw new Error('useSheetPage outside the sheet page');
  return value;
}
