import { parseCalendarDate } from '@kakehashi/calendar';
import { BadUserInputError } from '@kakehashi/graphql-core';

/** The date agreements are counted on (`asOf`, YYYY-MM-DD), or a field error naming it. */
export function asOfDate(input: string): string {
  const asOf = parseCalendarDate(input);
  if (!asOf) {
    throw new BadUserInputError([
      { field: 'asOf', message: '基準日を日付(例: 2023-02-02)で指定してください。' },
    ]);
  }
  return asOf;
}
