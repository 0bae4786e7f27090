export * from './assignment-problem';
export { auction, type AuctionOptions, type AuctionResult } from './auction';
export {
  dualBound,
  floorBoundSuppliers,
  improveDualBound,
  type BoundOptions,
  type BoundResult,
} from './dual-bound';
export { exactFlow, exactWorkEstimate, type ExactResult } from './exact-flow';
export * from './solve-assignment';
export type { SolverHooks } from './solver-hooks';
