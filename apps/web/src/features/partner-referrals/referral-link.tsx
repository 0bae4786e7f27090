import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * A link to the partner's referral page. That route (/referrals/$referralId) belongs to the partner portal's part of
 * the router, so the path is built here rather than typed against a route this feature does not register.
 */
export function ReferralLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link
      to={`/referrals/${encodeURIComponent(id)}` as '/'}
      className="font-bold text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
    >
      {children}
    </Link>
  );
}
