import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');

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
] as const;
export type DomainLib = (typeof DOMAIN_LIBS)[number];

/** Every file under `dir` (relative to the root), depth first, without node_modules. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(join(ROOT, path))) {
      if (name === 'node_modules') continue;
      const child = `${path}/${name}`;
      if (statSync(join(ROOT, child)).isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** Tests, test kits and test data: not the product. */
export function isTestFile(path: string): boolean {
  return /(\.spec\.ts|\.int-spec\.ts|\.e2e-spec\.ts|\.test\.tsx?)$|\/__tests__\//.test(path);
}

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export function relativeToRoot(path: string): string {
  return relative(ROOT, path);
}
