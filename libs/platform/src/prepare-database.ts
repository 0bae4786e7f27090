import { seedDemoCases } from '@kakehashi/cases';
import {
  DemoClock,
  grantApplicationRole,
  migrateDatabase,
  withDataSource,
  type ApplicationRoleGrant,
} from '@kakehashi/database';
import { seedDemoUsers } from '@kakehashi/identity';
import { seedDemoJobcard, seedDemoTrainingPlans } from '@kakehashi/jobcard';
import { seedDemoAssignmentRun, seedDemoMatchDecisions } from '@kakehashi/matching';
import { seedDemoOfficeOffers, seedDemoOffers, seedOffersReferenceData } from '@kakehashi/offers';
import { seedDemoCompanies, seedReferenceData } from '@kakehashi/organisations';
import { seedDemoPartners, seedPartnerReferenceData } from '@kakehashi/partners';
import { seedDemoReferrals } from '@kakehashi/referrals';
import { seedDemoStatistics, seedStatisticsReferenceData } from '@kakehashi/statistics';
import { seedDemoTalentBank, seedTalentBankReferenceData } from '@kakehashi/talent-bank';
import type { DataSource } from 'typeorm';

/** Password of every demo account. Demo data is never loaded in production. */
export const DEMO_PASSWORD = 'kakehashi-demo';

export interface PreparedDatabase {
  migrationsApplied: string[];
  reference: Record<string, number>;
  demo: Record<string, number> | null;
  /** What was granted to DATABASE_APP_ROLE; null when none was named. */
  applicationRole: ApplicationRoleGrant | null;
}

/**
 * Migrations, then (when an application role is named) its grants on the tables as they now are, then the idempotent
 * reference seed, then (when asked) the idempotent demo seed.
 */
export async function prepareDatabase(
  url: string,
  options: { demo: boolean; applicationRole?: { name: string; password: string | null } | null },
): Promise<PreparedDatabase> {
  return withDataSource(url, async (dataSource) => {
    const migrationsApplied = await migrateDatabase(dataSource);
    const role = options.applicationRole;
    const applicationRole = role
      ? await grantApplicationRole(dataSource, role.name, { password: role.password })
      : null;
    const reference = await seedAllReferenceData(dataSource);
    const demo = options.demo ? await seedDemo(dataSource) : null;
    return { migrationsApplied, applicationRole, reference, demo };
  });
}

/**
 * Every reference code list, idempotently: organisations' first, then occupations and skills (offers use both), then
 * the partner institutions with their agreements (their counterparts are offices; the demo partner users need them),
 * then the Center's published statistics (their industries are JSIC groups).
 */
export async function seedAllReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  return {
    ...(await seedReferenceData(dataSource)),
    ...(await seedOffersReferenceData(dataSource)),
    ...(await seedPartnerReferenceData(dataSource)),
    ...(await seedTalentBankReferenceData(dataSource)),
    ...(await seedStatisticsReferenceData(dataSource)),
  };
}

/**
 * Demo companies, the demo partner institution, partner branches and contacts, users (all roles) and offers, then the
 * demo office's living data (東京事務所: its offers, the consultants' match decisions and its cases), the demo
 * partners' referrals and bulk upload, a finished national assignment run over the demo offers, and the living
 * statistics (companies of their own with closed offers and established cases in six regional offices, every ended
 * month since the cut-over; the rollups settled before returning), skipping rows that already exist. The partner
 * branches come before the users: the demo PARTNER_BRANCH accounts belong to one. The living data is dated relative
 * to `now` (the day it is first loaded): a case opened from a suggestion needs the decision, the decisions need the
 * offers, and the referrals converted into offers are linked to those offers and report how their cases ended.
 */
export async function seedDemo(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<Record<string, number>> {
  const clock = new DemoClock(now);
  const companies = await seedDemoCompanies(dataSource);
  const partners = await seedDemoPartners(dataSource);
  const users = await seedDemoUsers(dataSource, DEMO_PASSWORD);
  const offers = await seedDemoOffers(dataSource);
  const officeOffers = await seedDemoOfficeOffers(dataSource, clock);
  const matchDecisions = await seedDemoMatchDecisions(dataSource, clock);
  const cases = await seedDemoCases(dataSource, clock);
  const referrals = await seedDemoReferrals(dataSource, clock);
  const assignmentRuns = await seedDemoAssignmentRun(dataSource);
  const talentBank = await seedDemoTalentBank(dataSource, clock);
  const statistics = await seedDemoStatistics(dataSource, clock);
  const jobcard = await seedDemoJobcard(dataSource);
  const trainingPlans = await seedDemoTrainingPlans(dataSource, clock);
  return {
    companies,
    ...partners,
    users,
    ...offers,
    ...officeOffers,
    matchDecisions,
    cases,
    ...referrals,
    assignmentRuns,
    ...talentBank,
    ...statistics,
    ...jobcard,
    ...trainingPlans,
  };
}
