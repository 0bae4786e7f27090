import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import {
  AttachSubsidyEstimateDocument,
  type ConversionSubsidyInput,
  type TrainingSubsidyInput,
} from '../../gql/graphql';
import { BusyNote, problemsOf, useActionFailure } from '../../shared/form-problems';
import { subsidyFieldId } from './field-ids';
import { subsidyMessages } from './messages';

const text = subsidyMessages.attach;

export type AttachInput =
  | { kind: 'TRAINING'; training: TrainingSubsidyInput }
  | { kind: 'CONVERSION'; conversion: ConversionSubsidyInput };

/**
 * 「案件に添付」: keeps the estimate shown with the case (the API computes it again and stores it as shown, adding the
 * case's own notes); then a link back to the case, where STEP 2 lists it.
 */
export function AttachAction({
  caseId,
  caseNumber,
  planId,
  input,
}: {
  caseId: string;
  caseNumber: number;
  planId: string | undefined;
  input: AttachInput;
}) {
  const [attach] = useMutation(AttachSubsidyEstimateDocument);
  const { failure, attempt } = useActionFailure(text.failed);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const back = useRef<HTMLAnchorElement>(null);
  // The button goes once the estimate is attached: the focus moves on to the way back to the case.
  useEffect(() => {
    if (done) back.current?.focus();
  }, [done]);
  async function press() {
    setBusy(true);
    await attempt(async () => {
      await attach({ variables: { caseId, planId: planId ?? null, ...input } });
      setDone(true);
    });
    setBusy(false);
  }
  return (
    <div className="flex flex-col gap-2 border-t border-solid-gray-420 pt-4">
      <ErrorSummary
        title={text.failed}
        problems={done ? [] : problemsOf(failure, subsidyFieldId, text.failed)}
      />
      <BusyNote busy={busy} message={text.busy} />
      <p role="status" className="font-bold text-green-1100 empty:hidden">
        {done ? text.done(caseNumber) : ''}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        {done ? null : (
          <Button onPress={() => void press()} isDisabled={busy}>
            {text.action}
          </Button>
        )}
        <Link
          ref={back}
          to="/cases/$caseId"
          params={{ caseId }}
          className="text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          {subsidyMessages.backToCase(caseNumber)}
        </Link>
      </div>
    </div>
  );
}
