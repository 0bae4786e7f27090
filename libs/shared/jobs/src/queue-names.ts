/**
 * Every queue and job name, in one place. These strings are stored in Redis with queued jobs: never rename one
 * (add a new name and retire the old after its queue drains).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  MATCHING = 'matching',
  CASES = 'cases',
}

export enum JobName {
  REBUILD_COMPANY_SEARCH_KEYS = 'organisations.rebuild-company-search-keys',
  RUN_ASSIGNMENT = 'matching.run-assignment',
  NIGHTLY_ASSIGNMENT = 'matching.nightly-assignment',
  /** One case task (follow-up or end date passed) reaching its due moment. */
  CASE_TASK_DUE = 'cases.task-due',
  /** The daily catch-up of case tasks whose due moment passed without their job (e.g. Redis lost it). */
  CASE_TASK_SWEEP = 'cases.task-sweep',
}
