import { parse } from 'graphql';
import { PassedChecks } from './passed-checks';

describe('PassedChecks', () => {
  const document = parse('query Companies($first: Int!) { companies(first: $first) { totalCount } }');

  it('remembers the cost of a document with the same operation and variables only', () => {
    const passed = new PassedChecks();
    const key = passed.key('Companies', { first: 20 });
    expect(passed.costOf(document, key)).toBeUndefined();
    passed.remember(document, key, 41);
    expect(passed.costOf(document, passed.key('Companies', { first: 20 }))).toBe(41);
    expect(passed.costOf(document, passed.key('Companies', { first: 100 }))).toBeUndefined();
    expect(passed.costOf(document, passed.key('Other', { first: 20 }))).toBeUndefined();
    expect(passed.costOf(parse('{ __typename }'), key)).toBeUndefined();
  });

  it('never keys variables holding a long text (a file in base64 is checked every time)', () => {
    const passed = new PassedChecks();
    const key = passed.key('Upload', { input: { file: 'A'.repeat(10_000) } });
    expect(key).toBeNull();
    passed.remember(document, key, 5);
    expect(passed.costOf(document, key)).toBeUndefined();
  });

  it('starts over for a document asked with too many different variables', () => {
    const passed = new PassedChecks();
    for (let first = 1; first <= 256; first++) passed.remember(document, passed.key(null, { first }), first);
    expect(passed.costOf(document, passed.key(null, { first: 1 }))).toBe(1);
    passed.remember(document, passed.key(null, { first: 999 }), 999);
    expect(passed.costOf(document, passed.key(null, { first: 1 }))).toBeUndefined();
    expect(passed.costOf(document, passed.key(null, { first: 999 }))).toBe(999);
  });
});
