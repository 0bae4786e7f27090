// One eligible pair compiled and scored as the engine does, for the explainers' unit tests.
import { EngineDictionary } from '../compiled-profile';
import { explainedPair, type ExplainedPair } from '../explain/explained-pair';
import { DEFAULT_FACTOR_WEIGHTS } from '../factor-weights';
import type { ReceivingProfile, SendingProfile } from '../match-profile';
import { FACTOR_COUNT, pairWeights, scorePair, weightsForPair } from '../pair-scorer';
import { receivingProfile, sendingProfile } from './profile-builders';
import { TEST_REFERENCE } from './reference.fixture';

export function pairOf(
  sending: Partial<SendingProfile> = {},
  receiving: Partial<ReceivingProfile> = {},
): ExplainedPair {
  const dict = new EngineDictionary(TEST_REFERENCE);
  const cs = dict.compileSending(sendingProfile({ id: 's', ...sending }));
  const cr = dict.compileReceiving(receivingProfile({ id: 'r', ...receiving }));
  const v = new Float64Array(FACTOR_COUNT);
  scorePair(cs, cr, weightsForPair(pairWeights(DEFAULT_FACTOR_WEIGHTS), cs.moveMask, cr.acceptMask), v);
  return explainedPair(TEST_REFERENCE, cs, cr, v);
}
