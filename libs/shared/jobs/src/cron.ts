import { parseExpression } from 'cron-parser';

/**
 * The first tick of `cron` strictly after `after`, read in `timezone`. Throws, naming the pattern, when the pattern
 * or the time zone is not valid. cron-parser is the parser BullMQ itself uses, so both drivers agree on every tick.
 */
export function nextCronTime(cron: string, timezone: string, after: Date): Date {
  try {
    return parseExpression(cron, { currentDate: after, tz: timezone }).next().toDate();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Invalid cron schedule "${cron}" (time zone ${timezone}): ${reason}`);
  }
}

/** True when `cron` is a pattern both job drivers accept (5 fields, or 6 with seconds first). */
export function isValidCron(cron: string, timezone = 'Asia/Tokyo'): boolean {
  try {
    nextCronTime(cron, timezone, new Date());
    return true;
  } catch {
    return false;
  }
}
