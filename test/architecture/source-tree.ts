import { filesUnder, readSource, REPOSITORY_ROOT } from '@kakehashi/testing';

export { filesUnder };

/** The repository root. */
export const ROOT = REPOSITORY_ROOT;

/** The domain libraries: one per domain, each `libs/<domain>/src`. */
export const DOMAIN_LIBS = [
  'identity',
  'organisations',
  'offers',
  'matching',
  'notifications',
  'cases',
  'partners',
  'referrals',
  'statistics',
  'talent-bank',
  'jobcard',
] as const;
export type DomainLib = (typeof DOMAIN_LIBS)[number];

/** Tests, test kits and test data: not the product. */
export function isTestFile(path: string): boolean {
  return /(\.spec\.ts|\.int-spec\.ts|\.e2e-spec\.ts|\.test\.tsx?)$|\/__tests__\//.test(path);
}

export const read = readSource;
