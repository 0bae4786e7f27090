import { Role } from '@kakehashi/authz';

// Every role list of the referrals library: who may call each referral operation (the services then check the
// referral's scope: institution, branch, office). Resolvers, the flow's transition table and the web app's menus
// (UserReferralWorkResolver) read these; no other file lists roles.

/** Read referrals: partners their own; Center headquarters and administrators what was forwarded; consultants
 * their office's assignments. Executives read statistics only. */
export const REFERRAL_READERS = [
  Role.ADMIN,
  Role.HQ_COORDINATOR,
  Role.CONSULTANT,
  Role.PARTNER_HQ,
  Role.PARTNER_BRANCH,
] as const;

/** Make, correct, submit and withdraw their own referrals. */
export const REFERRAL_PARTNERS = [Role.PARTNER_HQ, Role.PARTNER_BRANCH] as const;

/** Forward submitted referrals of the institution to the Center. */
export const REFERRAL_FORWARDERS = [Role.PARTNER_HQ] as const;

/** Accept, return and assign: Center headquarters. */
export const REFERRAL_COORDINATORS = [Role.HQ_COORDINATOR] as const;

/** Convert, report the outcome and write internal notes: the assigned office's consultants and headquarters. */
export const REFERRAL_WORKERS = [Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Bulk upload (template, dry run, import): the partner head office. */
export const REFERRAL_IMPORT_UPLOADERS = [Role.PARTNER_HQ] as const;

/** Follow the bulk imports: the uploading head office and Center headquarters. */
export const REFERRAL_IMPORT_READERS = [Role.PARTNER_HQ, Role.HQ_COORDINATOR] as const;
