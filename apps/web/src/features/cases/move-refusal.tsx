import { Button } from '@kakehashi/web-ui';
import { CaseLink } from '../../shared/case-link';
import type { MoveRefusal } from './board-moves';
import { boardMessages } from './messages';

const text = boardMessages.move;

/**
 * Why a move was refused, announced at once (role="alert"): the API's missing items in Japanese, or its sentence when
 * it named none, and the way to the case page where they are entered. The card stays where it was.
 */
export function MoveRefusalAlert({ refusal, onDismiss }: { refusal: MoveRefusal; onDismiss: () => void }) {
  return (
    <div role="alert" className="mb-4 rounded-8 border-2 border-error-1 bg-white p-4">
      <p className="font-bold text-error-1">{refusal.title}</p>
      {refusal.missing.length ? (
        <>
          <p className="mt-2">{text.missingHeading}</p>
          <ul className="mt-1 list-disc pl-6">
            {refusal.missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2">{refusal.message}</p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {refusal.stale ? null : (
          <CaseLink caseId={refusal.caseId} className="text-blue-900 underline underline-offset-4">
            {text.fixOnCasePage}
          </CaseLink>
        )}
        <Button variant="secondary" onPress={onDismiss}>
          {text.dismiss}
        </Button>
      </div>
    </div>
  );
}
