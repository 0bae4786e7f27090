import { act, renderHook } from '@testing-library/react';
import { useTypedNames } from './use-typed-names';

describe('the names typed, kept beside the address', () => {
  it('finds the names of each estimate made on the page again by its key, and none for an estimate not made', () => {
    const { result } = renderHook(() => useTypedNames());
    act(() => result.current.keep('a', ['訓練 花子']));
    act(() => result.current.keep('b', ['訓練 太郎', '']));
    expect(result.current.namesFor('a')).toEqual(['訓練 花子']);
    expect(result.current.namesFor('b')).toEqual(['訓練 太郎', '']);
    expect(result.current.namesFor('c')).toBeUndefined();
  });

  it('keeps the latest names when the same estimate is made again with other names', () => {
    const { result } = renderHook(() => useTypedNames());
    act(() => result.current.keep('a', ['訓練 花子']));
    act(() => result.current.keep('a', ['']));
    expect(result.current.namesFor('a')).toEqual(['']);
  });
});
