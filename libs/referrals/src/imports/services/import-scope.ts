import type { AuthUser } from '@kakehashi/authz';
import type { DatabaseScope } from '@kakehashi/database';
import { databaseScopeOf } from '../../referrals/referral-scope';
import { ReferralImportException } from '../referral-import.exception';

export type PartnerHqScope = Extract<DatabaseScope, { kind: 'partner_hq' }>;

/** The uploader's scope: only a partner head office uploads, for its own institution. */
export function uploaderScopeOf(user: AuthUser): PartnerHqScope {
  const scope = databaseScopeOf(user);
  if (scope?.kind !== 'partner_hq') throw ReferralImportException.noPartnerScope();
  return scope;
}

/** A reader's scope: a partner head office sees its institution's imports, the Center every import. */
export function readerScopeOf(user: AuthUser): DatabaseScope {
  const scope = databaseScopeOf(user);
  if (!scope || scope.kind === 'partner_branch') throw ReferralImportException.noPartnerScope();
  return scope;
}
