import type { Role } from '../../gql/graphql';

/** Headquarters and administrators work for every office; a consultant for their own (the API decides; this only
 * shapes the screen: which office field to show, whether to offer 編集). */
const ANY_OFFICE: readonly Role[] = ['HQ_COORDINATOR', 'ADMIN'];

export function choosesOffice(role: Role): boolean {
  return ANY_OFFICE.includes(role);
}

export function mayEditCompany(
  me: { role: Role; office: { id: string } | null },
  company: { owningOfficeId: string },
): boolean {
  return choosesOffice(me.role) || (me.role === 'CONSULTANT' && me.office?.id === company.owningOfficeId);
}
