import { z } from 'zod';
import type { CaseTaskFilter } from '../../gql/graphql';

export const TASK_TABS = ['DUE', 'OVERDUE', 'UPCOMING', 'DONE'] as const satisfies readonly CaseTaskFilter[];

/** `/tasks?tab=OVERDUE`; anything else opens the due tasks. */
export const tasksSearchSchema = z.object({
  tab: z.enum(TASK_TABS).optional().catch(undefined),
});

export type TasksSearch = z.infer<typeof tasksSearchSchema>;
