import { useState } from 'react';

/**
 * A form's draft that follows the address: the estimate the form itself put there leaves the draft as typed, but an
 * address reached otherwise (the browser's Back and Forward, a link) starts the draft again from that address, so the
 * form and the result beside it always show the same estimate. `addressKey` names the estimate in the address.
 */
export function useAddressDraft<Draft>(initial: Draft, addressKey: string) {
  const [draft, setDraft] = useState(initial);
  const [seen, setSeen] = useState(addressKey);
  const [own, setOwn] = useState<string | null>(null);
  if (seen !== addressKey) {
    // React's pattern for state that follows a prop: set during render, before the children see it.
    setSeen(addressKey);
    setOwn(null);
    if (addressKey !== own) setDraft(initial);
  }
  return {
    draft,
    setDraft,
    /** Before the form puts an estimate in the address: that address is the draft's own (unless already shown). */
    ownAddress: (key: string) => setOwn(key === seen ? null : key),
  };
}
