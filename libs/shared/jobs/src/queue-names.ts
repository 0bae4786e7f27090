/**
 * Every queue and job name, in one place. These strings are stored in Redis with queued jobs: never rename one
 * (add a new name and retire the old after its queue drains).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
}

export enum JobName {
  REBUILD_COMPANY_SEARCH_KEYS = 'organisations.rebuild-company-search-keys',
}
