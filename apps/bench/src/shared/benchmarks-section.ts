// Every benchmark rewrites only its own section of BENCHMARKS.md, between its markers, and leaves the rest as it is.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const PREAMBLE = `# Benchmarks

Figures from the \`npm run bench:*\` scripts, each measured beside its baseline in the same run. Each script rewrites
only its own section; numbers depend on the machine, which every section names.
`;

/**
 * Writes `body` between `<!-- bench:<name>:start -->` and its end marker, creating the file (with the preamble) or the
 * section (under `heading`) when missing, then formats the file with the repository's Prettier settings (CI checks
 * the formatting of every file).
 */
export function writeBenchSection(file: string, name: string, heading: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  // Blank lines around the body: Markdown would otherwise read it as part of the HTML comment's block.
  const inner = `${start}\n\n${body.trim()}\n\n`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : PREAMBLE;
  const at = current.indexOf(start);
  const until = current.indexOf(end);
  const next =
    at >= 0 && until > at
      ? current.slice(0, at) + inner + current.slice(until)
      : `${current.trimEnd()}\n\n## ${heading}\n\n${inner}${end}\n`;
  fs.writeFileSync(file, next);
  // The CLI in a child process (Prettier's API loads ES modules, which a CommonJS process under Jest cannot), run from
  // the file's folder: Prettier silently skips files outside its working directory.
  const prettier = path.join(path.dirname(require.resolve('prettier/package.json')), 'bin/prettier.cjs');
  execFileSync(process.execPath, [prettier, '--write', '--log-level', 'warn', path.basename(file)], {
    cwd: path.dirname(file),
    stdio: 'inherit',
  });
}
