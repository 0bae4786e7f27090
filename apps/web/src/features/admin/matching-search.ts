import { z } from 'zod';

/** The sample offer of the preview lives in the URL (a reload keeps it); the weights being tried do not. */
export const matchingSearchSchema = z.object({
  office: z.string().uuid().optional().catch(undefined),
  offer: z.string().uuid().optional().catch(undefined),
});

export type MatchingSearch = z.infer<typeof matchingSearchSchema>;
