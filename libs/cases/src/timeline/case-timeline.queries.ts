// The timeline's own SQL.
import type { EntityManager } from 'typeorm';

/** When the case last entered each stage it has entered, from its history. */
export function selectStagesLastEntered(
  db: Pick<EntityManager, 'query'>,
  caseId: string,
): Promise<{ stage: string; at: Date }[]> {
  return db.query<{ stage: string; at: Date }[]>(
    `SELECT to_stage AS stage, max(recorded_at) AS at FROM case_history
      WHERE case_id = $1 AND to_stage IS NOT NULL GROUP BY to_stage`,
    [caseId],
  );
}
