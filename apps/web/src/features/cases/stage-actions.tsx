import { Button } from '@kakehashi/web-ui';
import { useState } from 'react';
import { AdvanceCaseDocument } from '../../gql/graphql';
import { useCasePage } from './case-context';
import { nextMoveOf, nextStageOf } from './case-steps';
import { useCommandForm } from './form-kit';
import { ConflictNotice } from './form-frame';
import { caseMessages } from './messages';
import { CorrectionDialog } from './dialogs/correction-dialog';
import { MoveBackDialog } from './dialogs/move-back-dialog';
import { NotEstablishedDialog } from './dialogs/not-established-dialog';

const text = caseMessages.actions;

type Open = 'moveBack' | 'notEstablished' | 'correction' | null;

/**
 * The moves of the current stage: on to the next (the API refuses, in Japanese, while a required item is missing),
 * back with a reason, ended as not established, or a correction of the people established.
 */
export function StageActions({ announce }: { announce: (message: string) => void }) {
  const { kase, closed } = useCasePage();
  const [open, setOpen] = useState<Open>(null);
  const advance = useCommandForm('advance', AdvanceCaseDocument);
  const next = nextStageOf(kase.stages);
  const move = nextMoveOf(kase.stage, kase.stages);
  if (closed) return null;

  async function advanceCase() {
    if (advance.running || !next) return;
    announce('');
    if (await advance.run({})) announce(text.advanced(next.label));
  }
  const refusal = advance.failure && advance.failure.code !== 'CONFLICT' ? advance.failure : null;
  const dialog = (which: Exclude<Open, null>) => ({
    isOpen: open === which,
    onOpenChange: (isOpen: boolean) => {
      if (isOpen) announce('');
      setOpen(isOpen ? which : null);
    },
    onDone: announce,
  });
  return (
    <div className="flex flex-col gap-3">
      {advance.failure?.code === 'CONFLICT' ? (
        <ConflictNotice onReload={() => void advance.reload()} />
      ) : null}
      {refusal ? (
        <div role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4">
          <p className="font-bold text-error-1">{text.refused}</p>
          <p className="mt-1">{refusal.message}</p>
        </div>
      ) : null}
      {move === 'establish' ? <p>{text.establishHint}</p> : null}
      {move === 'complete' ? <p>{text.completeHint}</p> : null}
      <div className="flex flex-wrap gap-3">
        {move === 'advance' && next ? (
          <Button onPress={() => void advanceCase()}>{text.advance(next.label)}</Button>
        ) : null}
        {kase.moveBackStages.length ? (
          <Button variant="secondary" onPress={() => setOpen('moveBack')}>
            {text.moveBack}
          </Button>
        ) : null}
        {kase.establishedOn ? (
          <Button variant="secondary" onPress={() => setOpen('correction')}>
            {caseMessages.correction.open}
          </Button>
        ) : (
          <Button variant="danger" onPress={() => setOpen('notEstablished')}>
            {text.endNotEstablished}
          </Button>
        )}
      </div>
      <MoveBackDialog {...dialog('moveBack')} />
      <NotEstablishedDialog {...dialog('notEstablished')} />
      {kase.establishedOn ? <CorrectionDialog {...dialog('correction')} /> : null}
    </div>
  );
}
