/**
 * Every queue and job name, in one place. These strings are stored in Redis with queued jobs: never rename one
 * (add a new name and retire the old after its queue drains).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  MATCHING = 'matching',
}

export enum JobName {
  REBUILD_COMPANY_SEARCH_KEYS = 'organisations.rebuild-company-search-keys',
  RUN_ASSIGNMENT = 'matching.run-assignment',
  NIGHTLY_ASSIGNMENT = 'matching.nightly-assignment',
}
