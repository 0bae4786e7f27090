import { act, renderHook } from '@testing-library/react';
import { useAddressDraft } from './use-address-draft';

describe('a form draft that follows the address', () => {
  it('keeps what was typed when the form itself put the estimate in the address', () => {
    const { result, rerender } = renderHook(({ initial, key }) => useAddressDraft(initial, key), {
      initialProps: { initial: 'empty', key: 'a' },
    });
    act(() => result.current.setDraft('typed'));
    act(() => result.current.ownAddress('b'));
    rerender({ initial: 'from b', key: 'b' });
    expect(result.current.draft).toBe('typed');
  });

  it('starts again from the address reached by Back or a link', () => {
    const { result, rerender } = renderHook(({ initial, key }) => useAddressDraft(initial, key), {
      initialProps: { initial: 'from b', key: 'b' },
    });
    act(() => result.current.setDraft('typed'));
    rerender({ initial: 'from a', key: 'a' });
    expect(result.current.draft).toBe('from a');
  });
});

describe('a form draft, going back and forth', () => {
  it('starts again from the form’s own earlier address when Forward returns to it', () => {
    const { result, rerender } = renderHook(({ initial, key }) => useAddressDraft(initial, key), {
      initialProps: { initial: 'empty', key: 'a' },
    });
    act(() => result.current.setDraft('typed'));
    act(() => result.current.ownAddress('b'));
    rerender({ initial: 'from b', key: 'b' });
    rerender({ initial: 'from a', key: 'a' });
    expect(result.current.draft).toBe('from a');
    rerender({ initial: 'from b', key: 'b' });
    expect(result.current.draft).toBe('from b');
  });
});
