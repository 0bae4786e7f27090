export * from './assignment-algorithm';
export * from './assignment-run.model';
export * from './assignment.exception';
export { AssignmentModule } from './assignment.module';
export { AssignmentInputLoader, type AssignmentInput } from './jobs/assignment-input.loader';
export {
  computeAssignment,
  type ComputedAssignment,
  type ComputedProposal,
  type ProgressSink,
} from './jobs/compute-assignment';
export type { NightlyAssignmentOutcome } from './jobs/nightly-assignment.processor';
export type { RunAssignmentOutcome } from './jobs/run-assignment.processor';
export { NIGHTLY_ASSIGNMENT_SCHEDULER_ID } from './jobs/schedule-nightly-assignment';
export { AssignmentRunQueryService } from './services/assignment-run-query.service';
export {
  StartAssignmentRunService,
  assignmentJobId,
  type RunAssignmentJobData,
  type StartedRun,
} from './services/start-assignment-run.service';
export * as assignmentSolver from './solver';
