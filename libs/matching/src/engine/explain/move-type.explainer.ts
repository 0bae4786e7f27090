import type { ExplainedPair, ExplanationLines } from './explained-pair';

/** Every eligible pair can move one way at least (exclusionOf refused the others). */
export function explainMoveType({ canSecondment, canTransfer }: ExplainedPair): ExplanationLines {
  return {
    reasons: [
      canSecondment && canTransfer
        ? '在籍型出向・移籍のいずれでも受入可能'
        : canSecondment
          ? '在籍型出向として受入可能'
          : '移籍として受入可能',
    ],
  };
}
