import { OfferStatus } from './offer-enums';
import { nextPeopleState } from './people-state';

const open = (count: number, remaining: number, status = OfferStatus.OPEN) => ({ count, remaining, status });

describe('nextPeopleState', () => {
  it('keeps the people already placed when the count changes', () => {
    // 5 wanted, 2 placed: raising to 8 leaves 6, lowering to 3 leaves 1.
    expect(nextPeopleState(open(5, 3), { count: 8 }, '人数').state).toEqual(open(8, 6));
    expect(nextPeopleState(open(5, 3), { count: 3 }, '人数').state).toEqual(open(3, 1));
  });

  it('refuses a count below the people already placed, naming how many are placed', () => {
    const { problems } = nextPeopleState(open(5, 3), { count: 1 }, '募集人数');
    expect(problems).toEqual([{ field: 'count', message: expect.stringContaining('既に2人が成立') }]);
    expect(problems[0].message).toContain('募集人数');
  });

  it('closes an offer whose count now equals the people placed', () => {
    expect(nextPeopleState(open(5, 3), { count: 2 }, '人数')).toEqual({
      state: open(2, 0, OfferStatus.CLOSED),
      problems: [],
    });
  });

  it('reopens a CLOSED offer that has people left, and refuses one that has none', () => {
    expect(
      nextPeopleState(open(3, 1, OfferStatus.CLOSED), { status: OfferStatus.OPEN }, '人数').state,
    ).toEqual(open(3, 1, OfferStatus.OPEN));
    const refused = nextPeopleState(
      open(3, 0, OfferStatus.CLOSED),
      { status: OfferStatus.IN_PROGRESS },
      '人数',
    );
    expect(refused.problems).toEqual([
      { field: 'status', message: expect.stringContaining('残りの人数が0人') },
    ]);
    // Raising the count at the same time gives it people again, so it may reopen.
    expect(
      nextPeopleState(open(3, 0, OfferStatus.CLOSED), { count: 4, status: OfferStatus.OPEN }, '人数'),
    ).toEqual({ state: open(4, 1, OfferStatus.OPEN), problems: [] });
  });

  it('lets any offer be closed by hand, and moves between OPEN and IN_PROGRESS freely', () => {
    expect(nextPeopleState(open(3, 3), { status: OfferStatus.CLOSED }, '人数').state.status).toBe(
      OfferStatus.CLOSED,
    );
    expect(nextPeopleState(open(3, 3), { status: OfferStatus.IN_PROGRESS }, '人数').state.status).toBe(
      OfferStatus.IN_PROGRESS,
    );
  });
});
