import { randomUUID } from 'node:crypto';
import { assertValidDelivery, type NotificationDraft } from './notification-draft';

const draft: NotificationDraft = {
  kind: 'CASE_FOLLOW_UP_DUE',
  title: 'フォローアップの期日です',
  body: '案件のフォローアップ期日になりました。',
  subjectType: 'CASE',
  subjectId: randomUUID(),
  dedupeKey: 'case-follow-up:1',
};

describe('assertValidDelivery', () => {
  it('accepts a complete draft, and one without a subject', () => {
    expect(() => assertValidDelivery([randomUUID()], draft)).not.toThrow();
    expect(() =>
      assertValidDelivery([randomUUID()], { ...draft, subjectType: undefined, subjectId: null }),
    ).not.toThrow();
  });

  it('counts characters, not UTF-16 units: 200 kanji including astral ones fit a 200-character title', () => {
    expect(() => assertValidDelivery([], { ...draft, title: '𠮷'.repeat(200) })).not.toThrow();
    expect(() => assertValidDelivery([], { ...draft, title: '通'.repeat(201) })).toThrow(/title is longer/);
  });

  it.each([
    ['a recipient that is not a UUID', ['nope'], draft, /user ids are not UUIDs: nope/],
    ['a blank kind', [], { ...draft, kind: ' ' }, /kind is required/],
    ['a kind over 64 characters', [], { ...draft, kind: 'K'.repeat(65) }, /kind is longer/],
    ['a blank dedupe key', [], { ...draft, dedupeKey: '' }, /dedupeKey is required/],
    ['a subject id that is not a UUID', [], { ...draft, subjectId: '42' }, /subjectId must be a UUID/],
    ['a subject type over 32 characters', [], { ...draft, subjectType: 'S'.repeat(33) }, /subjectType/],
  ])('refuses %s', (_label, userIds, bad, message) => {
    expect(() => assertValidDelivery(userIds, bad)).toThrow(message);
  });
});
