// The matching engine's public surface (pure TypeScript; no Nest, no database).
export * from './factor-weights';
export * from './match-profile';
export * from './match-explanation';
export * from './match-index.contract';
export { MatchEngine } from './match-engine';
export { OCCUPATION_AFFINITIES, occupationAffinityReason } from './occupation-affinity';
export { comparableText, textGrams, gramCosine } from './text-similarity';
export { sharedWords } from './shared-words';
export { feasibleMoveTypes } from './move-types';
