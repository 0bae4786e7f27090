import { z } from 'zod';

// The sheets' URL parameters: who the list or a new sheet is for, which tab and which moment (ids live in the URL).
const id = z.uuid().optional().catch(undefined);
const moment = z.enum(['TARGETS', 'MIDTERM', 'FINAL']).optional().catch(undefined);

export const sheetsSearchSchema = z.object({ caseId: id, registrantId: id, companyId: id });
export type SheetsSearch = z.infer<typeof sheetsSearchSchema>;

export const sheetNewSearchSchema = z.object({
  subjectKind: z.enum(['CASE_SECONDEE', 'REGISTRANT', 'TRAINEE']).optional().catch(undefined),
  caseId: id,
  registrantId: id,
  companyId: id,
  caseWorkerId: z.string().max(64).optional().catch(undefined),
  traineeName: z.string().max(100).optional().catch(undefined),
});
export type SheetNewSearch = z.infer<typeof sheetNewSearchSchema>;

export const sheetSearchSchema = z.object({
  tab: z.enum(['evaluation', 'content']).optional().catch(undefined),
});

export const sheetPrintSearchSchema = z.object({ moment });

/** The one subject a list is filtered to (the API lists one case's, registrant's or company's sheets). */
export function subjectOf(search: SheetsSearch) {
  if (search.caseId) return { caseId: search.caseId };
  if (search.registrantId) return { registrantId: search.registrantId };
  if (search.companyId) return { companyId: search.companyId };
  return null;
}
