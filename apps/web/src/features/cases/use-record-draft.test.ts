import { act, renderHook } from '@testing-library/react';
import { useRecordDraft } from './use-record-draft';

interface Meeting extends Record<string, unknown> {
  heldOn: string;
  attendees: string;
}

function setup(initial: Meeting, version = 3) {
  return renderHook(({ server, v }: { server: Meeting; v: number }) => useRecordDraft(server, v), {
    initialProps: { server: initial, v: version },
  });
}

const MEETING: Meeting = { heldOn: '2026-11-01', attendees: '両社人事' };

describe('a stage record being edited', () => {
  it('follows the case while it is untouched', () => {
    const { result, rerender } = setup(MEETING);
    rerender({ server: { ...MEETING, attendees: '両社人事・本人' }, v: 4 });
    expect(result.current.draft.attendees).toBe('両社人事・本人');
    expect(result.current.version).toBe(4);
    expect(result.current.dirty).toBe(false);
  });

  it('keeps what was typed, on the version it was read from, when someone else changes this record', () => {
    const { result, rerender } = setup(MEETING);
    act(() => result.current.set('attendees', '出向元人事'));
    rerender({ server: { ...MEETING, heldOn: '2026-11-02' }, v: 4 });
    expect(result.current.draft).toEqual({ heldOn: '2026-11-01', attendees: '出向元人事' });
    // The save will send version 3 and be refused: nothing is overwritten unseen.
    expect(result.current.version).toBe(3);
    expect(result.current.othersChanged).toBeNull();
  });

  it('moves forward when a newer case leaves this record as it was (another form of the page saved)', () => {
    const { result, rerender } = setup(MEETING);
    act(() => result.current.set('attendees', '出向元人事'));
    rerender({ server: MEETING, v: 4 });
    expect(result.current.version).toBe(4);
    expect(result.current.draft.attendees).toBe('出向元人事');
  });

  it('after a refused save, takes the latest when asked: keeps what was typed, takes in the rest, names both', () => {
    const { result, rerender } = setup(MEETING);
    act(() => result.current.set('attendees', '出向元人事'));
    const theirs = { heldOn: '2026-11-02', attendees: '受入側' };
    rerender({ server: theirs, v: 4 });
    act(() => result.current.adoptLatest());
    rerender({ server: theirs, v: 4 });
    expect(result.current.version).toBe(4);
    // Their day (untouched here) is taken in; the typed attendees stay, flagged as going over theirs on save.
    expect(result.current.draft).toEqual({ heldOn: '2026-11-02', attendees: '出向元人事' });
    expect(result.current.othersChanged).toEqual([
      { key: 'attendees', mine: true },
      { key: 'heldOn', mine: false },
    ]);
    expect(result.current.base).toEqual(theirs);
  });

  it('can drop the input for the latest record, and starts again from what its own save returned', () => {
    const { result, rerender } = setup(MEETING);
    act(() => result.current.set('attendees', '出向元人事'));
    rerender({ server: { ...MEETING, heldOn: '2026-11-02' }, v: 4 });
    act(() => result.current.discard());
    expect(result.current.draft).toEqual({ ...MEETING, heldOn: '2026-11-02' });
    expect(result.current.version).toBe(4);

    act(() => result.current.set('attendees', '本人'));
    act(() => result.current.saved({ ...MEETING, heldOn: '2026-11-02', attendees: '本人' }, 5));
    rerender({ server: { ...MEETING, heldOn: '2026-11-02', attendees: '本人' }, v: 5 });
    expect(result.current.dirty).toBe(false);
    expect(result.current.version).toBe(5);
  });
});
