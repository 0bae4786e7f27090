/** The refresh schedule's id (one per deployment: registering it again replaces it). */
export const STATISTICS_REFRESH_SCHEDULER_ID = 'statistics-refresh';

/**
 * One id per minute for a rebuild asked for through the API: a double click queues one rebuild, a later deliberate
 * one is still possible.
 */
export function statisticsRebuildJobId(now: Date): string {
  return `statistics-rebuild-${now.toISOString().slice(0, 16).replace(/\D/g, '')}`;
}
