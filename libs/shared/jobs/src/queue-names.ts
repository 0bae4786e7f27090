/**
 * Every queue and job name, in one place. These strings are stored in Redis with queued jobs: never rename one
 * (add a new name and retire the old after its queue drains).
 */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  MATCHING = 'matching',
  CASES = 'cases',
  TALENT_BANK = 'talent-bank',
  REFERRALS = 'referrals',
  STATISTICS = 'statistics',
}

export enum JobName {
  REBUILD_COMPANY_SEARCH_KEYS = 'organisations.rebuild-company-search-keys',
  RUN_ASSIGNMENT = 'matching.run-assignment',
  NIGHTLY_ASSIGNMENT = 'matching.nightly-assignment',
  /** One case task (follow-up or end date passed) reaching its due moment. */
  CASE_TASK_DUE = 'cases.task-due',
  /** The daily catch-up of case tasks whose due moment passed without their job (e.g. Redis lost it). */
  CASE_TASK_SWEEP = 'cases.task-sweep',
  /** One Career Talent Bank registrant's personal data reaching the end of its retention period. */
  TALENT_BANK_ANONYMISE = 'talent-bank.anonymise',
  /** The daily Career Talent Bank sweep: registrants without contact expire, due anonymisations run. */
  TALENT_BANK_SWEEP = 'talent-bank.sweep',
  /** A partner head office's validated bulk upload of referrals, written all at once. */
  REFERRAL_IMPORT = 'referrals.import',
  /** Recomputes the statistics rollups of the months the triggers marked as changed (run every few seconds). */
  STATISTICS_DRAIN = 'statistics.drain',
  /** Recomputes every statistics rollup from the raw offers and establishments. */
  STATISTICS_REBUILD = 'statistics.rebuild',
}
