import { useState } from 'react';

/**
 * The names typed for each estimate made on the page, by the estimate's address key (`addressKeyOf`). Names are
 * personal data and stay out of the address, so they live here only: Back and Forward find them again, a reload or
 * a shared link does not have them (rows are then shown by their position, 「1人目」).
 */
export function useTypedNames() {
  const [byKey, setByKey] = useState<ReadonlyMap<string, readonly string[]>>(() => new Map());
  return {
    namesFor: (key: string): readonly string[] | undefined => byKey.get(key),
    keep: (key: string, names: readonly string[]) => setByKey((kept) => new Map(kept).set(key, names)),
  };
}
