import type { CompiledReceiving, CompiledSending } from '../compiled-profile';
import { FACTOR_LABELS, type FactorKey } from '../factor-weights';
import { MOVE_SECONDMENT, MOVE_TRANSFER } from '../factors';
import type { MatchReference, ReceivingProfile, SendingProfile } from '../match-profile';
import { Names, side } from './explain-text';

/** What every explainer reads about one eligible pair. */
export interface ExplainedPair {
  readonly s: SendingProfile;
  readonly r: ReceivingProfile;
  readonly cs: CompiledSending;
  readonly cr: CompiledReceiving;
  /** The factor values in FACTOR_KEYS order, as pair-scorer computed them. */
  readonly v: Float64Array;
  readonly names: Names;
  readonly canSecondment: boolean;
  readonly canTransfer: boolean;
}

/**
 * What one explainer says; `missing` names factors scored neutral for lack of data (buildExplanation gathers
 * them into one note).
 */
export interface ExplanationLines {
  reasons?: string[];
  gaps?: string[];
  notes?: string[];
  missing?: string[];
}

export type FactorExplainer = (pair: ExplainedPair) => ExplanationLines;

export function explainedPair(
  ref: MatchReference,
  cs: CompiledSending,
  cr: CompiledReceiving,
  v: Float64Array,
): ExplainedPair {
  return {
    s: cs.profile,
    r: cr.profile,
    cs,
    cr,
    v,
    names: new Names(ref),
    canSecondment: (cs.moveMask & cr.acceptMask & MOVE_SECONDMENT) !== 0,
    canTransfer: (cs.moveMask & cr.acceptMask & MOVE_TRANSFER) !== 0,
  };
}

/** 期間（送出側）: a factor without data, and on which side. */
export function missingData(factor: FactorKey, sendingMissing: boolean, receivingMissing: boolean): string {
  return `${FACTOR_LABELS[factor]}（${side(sendingMissing, receivingMissing)}）`;
}
