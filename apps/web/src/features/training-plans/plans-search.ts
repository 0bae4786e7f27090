import { z } from 'zod';

// The plan pages' URL search params: what a list shows, and what a new plan is tied to, live in the URL (a link can
// be shared, Back restores it). A malformed value is dropped, not an error page.

const id = z.string().uuid().optional().catch(undefined);

export const plansSearchSchema = z.object({
  companyId: id,
  status: z.enum(['DRAFT', 'ACCEPTED']).optional().catch(undefined),
});
export type PlansSearch = z.infer<typeof plansSearchSchema>;

export const planNewSearchSchema = z.object({ companyId: id, caseId: id, registrantId: id });
export type PlanNewSearch = z.infer<typeof planNewSearchSchema>;

export const planSearchSchema = z.object({ saved: z.enum(['created']).optional().catch(undefined) });
