import { createContext, useContext } from 'react';
import type { CaseDetailFragment } from '../../gql/graphql';

export interface CasePageContext {
  kase: CaseDetailFragment;
  /** Reads the case again from the API (after a CONFLICT: what the other person saved). */
  reload: () => Promise<void>;
  /** A completed or not-established case is read-only. */
  closed: boolean;
}

const Context = createContext<CasePageContext | null>(null);

export const CasePageProvider = Context.Provider;

/** The case the page shows, for its sections and forms. */
export function useCasePage(): CasePageContext {
  const value = useContext(Context);
  if (!value) throw new Error('useCasePage outside the case page');
  return value;
}
