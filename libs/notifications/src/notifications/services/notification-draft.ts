import { isUUID } from 'class-validator';

/** What a module asks to tell its users. Title and body are Japanese and shown as they are. */
export interface NotificationDraft {
  /** e.g. CASE_FOLLOW_UP_DUE; at most 64 characters. */
  kind: string;
  /** At most 200 characters. */
  title: string;
  body: string;
  /** e.g. CASE; at most 32 characters. */
  subjectType?: string | null;
  subjectId?: string | null;
  /**
   * Identifies the delivery per user (e.g. `case-follow-up:<caseId>:<dueOn>`): notifying the same user with the same
   * key again creates nothing, so retried jobs are harmless. At most 200 characters.
   */
  dedupeKey: string;
}

/**
 * A bad draft or recipient list is a caller's bug, not something a user can correct: it fails loudly with a plain
 * Error before the database would refuse it less clearly.
 */
export function assertValidDelivery(userIds: readonly string[], draft: NotificationDraft): void {
  const problems: string[] = [];
  const bad = userIds.filter((id) => !isUUID(id));
  if (bad.length) problems.push(`user ids are not UUIDs: ${bad.join(', ')}`);
  requireText(problems, 'kind', draft.kind, 64);
  requireText(problems, 'title', draft.title, 200);
  if (typeof draft.body !== 'string') problems.push('body must be a string');
  requireText(problems, 'dedupeKey', draft.dedupeKey, 200);
  if (draft.subjectType != null) requireText(problems, 'subjectType', draft.subjectType, 32);
  if (draft.subjectId != null && !isUUID(draft.subjectId)) problems.push('subjectId must be a UUID');
  if (problems.length) throw new Error(`invalid notification: ${problems.join('; ')}`);
}

function requireText(problems: string[], name: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || !value.trim()) problems.push(`${name} is required`);
  // varchar(n) counts characters (code points), not UTF-16 units.
  else if ([...value].length > max) problems.push(`${name} is longer than ${max} characters`);
}
