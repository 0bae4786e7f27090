import { ALL_ROLES } from '@kakehashi/authz';
import { NOTIFICATION_READERS } from './notification-readers';

describe('NOTIFICATION_READERS', () => {
  // A new role must be granted its own notifications deliberately; this fails until it is listed.
  it('is every role', () => {
    expect([...NOTIFICATION_READERS].sort()).toEqual([...ALL_ROLES].sort());
  });
});
