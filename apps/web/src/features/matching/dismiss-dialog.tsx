import { useMutation } from '@apollo/client/react';
import { DismissMatchDocument, type MatchPairInput } from '../../gql/graphql';
import { DismissWithReasonDialog } from '../../shared/dismiss-with-reason';
import type { RankedMatch } from './match-view';
import { matchingMessages } from './messages';

const text = matchingMessages.dismiss;

/** Dismisses a counterpart with a reason (the API asks for details when the reason is その他). */
export function DismissDialog({
  match,
  pair,
  onClose,
  onDismissed,
}: {
  match: RankedMatch;
  pair: MatchPairInput;
  onClose: () => void;
  onDismissed: (match: RankedMatch) => Promise<void>;
}) {
  const [dismiss] = useMutation(DismissMatchDocument);
  return (
    <DismissWithReasonDialog
      text={{ ...text, busy: matchingMessages.busy }}
      intro={text.body(match.company, match.jobTitle)}
      onClose={onClose}
      dismiss={async (choice) => {
        await dismiss({ variables: { input: { ...pair, ...choice } } });
        await onDismissed(match);
      }}
    />
  );
}
