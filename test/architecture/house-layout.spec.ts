// The house layout of the domain libraries (libs/README.md): feature folders, and at a library's root only its
// module, exception table, roles, worker jobs module and index (plus a few lib-wide lists). Also: no source file in
// libs over 400 lines outside data, and every role list in the library's one roles file.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_LIBS, filesUnder, isTestFile, read, ROOT } from './source-tree';

const LAYER_FOLDERS = ['entities', 'models', 'resolvers', 'dtos', 'services', 'loaders'];
const MAX_LINES = 400;

/** Names a library's own files start with (`cases` → `case.exception.ts`, `cases.module.ts`, `cases-roles.ts`). */
function stems(lib: string): string[] {
  const singular = lib.replace(/ies$/, 'y').replace(/s$/, '');
  return [...new Set([lib, singular])];
}

/** What may sit at a library's src root: the module, the exception table, the roles, jobs, index, lib-wide lists. */
function allowedAtRoot(lib: string, name: string): boolean {
  if (name === 'index.ts') return true;
  if (['__tests__', 'seed'].includes(name)) return true;
  const suffixes = [
    '.module.ts',
    '-core.module.ts',
    '-jobs.module.ts',
    '.exception.ts',
    '.exception.spec.ts',
    '-roles.ts',
    '-entities.ts',
    '-enums.ts',
    '-settings.ts',
    // Lib-wide too: the enums' GraphQL registration, the module's clock, its shared types.
    '-graphql-enums.ts',
    '-clock.ts',
    '.types.ts',
    '-roles.spec.ts',
  ];
  return stems(lib).some((stem) => suffixes.some((suffix) => name === `${stem}${suffix}`));
}

const entriesAt = (dir: string) =>
  readdirSync(join(ROOT, dir)).map((name) => ({
    name,
    folder: statSync(join(ROOT, dir, name)).isDirectory(),
  }));

/** Data, not code: demo scenes, engine examples, generated files. */
const isData = (path: string) => /\/seed\/demo-|-examples\.ts$|\.generated\.ts$/.test(path);

describe('the house layout of the domain libraries', () => {
  it.each(DOMAIN_LIBS)('%s: feature folders, no layer folders at the root', (lib) => {
    const layers = entriesAt(`libs/${lib}/src`).filter((e) => e.folder && LAYER_FOLDERS.includes(e.name));
    expect(layers.map((e) => `libs/${lib}/src/${e.name}/`)).toEqual([]);
  });

  it.each(DOMAIN_LIBS)('%s: only the module, exception, roles, jobs module and index at the root', (lib) => {
    const stray = entriesAt(`libs/${lib}/src`).filter((e) => !e.folder && !allowedAtRoot(lib, e.name));
    expect(stray.map((e) => `libs/${lib}/src/${e.name}`)).toEqual([]);
  });

  it.each(DOMAIN_LIBS)('%s: one roles file at the root, holding every role list', (lib) => {
    const files = filesUnder(`libs/${lib}/src`).filter((p) => p.endsWith('.ts') && !isTestFile(p));
    const rolesFiles = files.filter((p) => p.endsWith('-roles.ts'));
    expect(rolesFiles).toHaveLength(1);
    expect(rolesFiles[0]).toMatch(new RegExp(`^libs/${lib}/src/[a-z-]+-roles\\.ts$`));
    const listsElsewhere = files.filter(
      (p) => p !== rolesFiles[0] && /\b(const|let)\s+\w+(\s*:[^=]+)?=\s*\[\s*Role\./.test(read(p)),
    );
    expect(listsElsewhere).toEqual([]);
  });

  it(`keeps every source file in libs at ${MAX_LINES} lines or fewer, outside data`, () => {
    const files = filesUnder('libs').filter((p) => /\.tsx?$/.test(p) && !isData(p));
    expect(files.length).toBeGreaterThan(500);
    const long = files
      .map((path) => ({ path, lines: read(path).split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path} (${lines} lines)`);
    expect(long).toEqual([]);
  });

  it('has no exception filter applied per resolver: one application-wide filter maps every refusal', () => {
    const withFilters = filesUnder('libs')
      .concat(filesUnder('apps'))
      .filter((p) => /\.tsx?$/.test(p) && read(p).includes('@UseFilters('));
    expect(withFilters).toEqual([]);
  });
});
