import { act, renderHook } from '@testing-library/react';
import { z } from 'zod';
import { ANY, useFilterForm } from './filter-form';
import { cursorPageOf, pageTrailParam, prefectureCodeParam, searchTextParam } from './list-search';

describe('a list’s search params', () => {
  const schema = z.object({
    q: searchTextParam(5),
    prefectureCode: prefectureCodeParam,
    after: pageTrailParam,
  });

  it('reads numbers typed into the address bar as text and drops what does not fit', () => {
    expect(schema.parse({ q: 123, prefectureCode: 1, after: ['c1'] })).toEqual({
      q: '123',
      prefectureCode: '01',
      after: ['c1'],
    });
    expect(schema.parse({ q: '  ', prefectureCode: '48', after: 'c1' })).toEqual({});
    expect(schema.parse({ q: '123456' })).toEqual({});
  });

  it('walks the pages along the trail of cursors', () => {
    const page = cursorPageOf({ q: 'x', after: ['c1', 'c2'] }, 20);
    expect(page).toMatchObject({ afterCursor: 'c2', number: 3, firstIndex: 41 });
    expect(page.next('c3')).toEqual({ q: 'x', after: ['c1', 'c2', 'c3'] });
    expect(page.previous()).toEqual({ q: 'x', after: ['c1'] });
    expect(cursorPageOf({ q: 'x', after: ['c1'] }, 20).previous()).toEqual({ q: 'x', after: undefined });
  });
});

describe('useFilterForm', () => {
  const fields = { q: { api: 'filter.name', id: 'list-q' }, type: { api: 'filter.type', id: 'list-type' } };

  it('keeps "no filter" as empty, and ties the API’s problems to their inputs', () => {
    const failure = {
      code: 'BAD_USER_INPUT',
      reason: null,
      message: null,
      fields: [{ field: 'filter.type', message: '種別が正しくありません。' }],
      retryAfterSeconds: null,
    };
    const { result } = renderHook(() => useFilterForm(fields, failure, () => ({ q: '', type: 'A' })));
    expect(result.current.choice('type', 'すべて', []).value).toBe('A');
    act(() => result.current.choice('type', 'すべて', []).onChange(ANY));
    expect(result.current.draft).toEqual({ q: '', type: '' });
    expect(result.current.choice('type', 'すべて', [{ value: 'A', label: 'エー' }])).toMatchObject({
      id: 'list-type',
      value: ANY,
      options: [
        { value: ANY, label: 'すべて' },
        { value: 'A', label: 'エー' },
      ],
      errorMessage: '種別が正しくありません。',
    });
    expect(result.current.text('q').errorMessage).toBeUndefined();
    expect(result.current.problems).toEqual([{ fieldId: 'list-type', message: '種別が正しくありません。' }]);
  });
});
