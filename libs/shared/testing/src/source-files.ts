import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, for tests that read the source tree itself. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');

/** Every file under `dir` (relative to the repository root, and so returned), depth first, without node_modules. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(join(REPOSITORY_ROOT, path))) {
      if (name === 'node_modules') continue;
      const child = `${path}/${name}`;
      if (statSync(join(REPOSITORY_ROOT, child)).isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** A file of the repository, by its path from the root. */
export function readSource(path: string): string {
  return readFileSync(join(REPOSITORY_ROOT, path), 'utf8');
}
