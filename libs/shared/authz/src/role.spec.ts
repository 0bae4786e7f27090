import { ALL_ROLES, ANY_SIGNED_IN_ROLE } from './role';

describe('ANY_SIGNED_IN_ROLE', () => {
  // A new role must be granted its own account and notifications deliberately; this fails until it is listed.
  it('is every role', () => {
    expect([...ANY_SIGNED_IN_ROLE].sort()).toEqual([...ALL_ROLES].sort());
  });
});
