import { todayInJapan } from '@kakehashi/web-ui';
import { z } from 'zod';

/** The fiscal year shown, in the URL (2022 = April 2022 to March 2023). */
export const monthsSearchSchema = z.object({
  fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type MonthsSearch = z.infer<typeof monthsSearchSchema>;

/** This fiscal year in Japan (April to March). */
export function currentFiscalYear(today: string = todayInJapan()): number {
  const [year, month] = today.split('-').map(Number);
  return month >= 4 ? year : year - 1;
}
