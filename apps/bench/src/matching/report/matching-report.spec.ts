import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeMatchingSection } from './matching-report';

describe('writeMatchingSection', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
    file = path.join(dir, 'BENCHMARKS.md');
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the file with a Matching section when there is none', () => {
    writeMatchingSection(file, 'first figures');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Benchmarks/);
    expect(text).toContain('## Matching');
    expect(text).toContain('first figures');
  });

  it('replaces only its own section and keeps the others as they were', () => {
    fs.writeFileSync(file, '# Benchmarks\n\n## Import\n\nimport figures\n');
    writeMatchingSection(file, 'first figures');
    fs.appendFileSync(file, '\n## Search\n\nsearch figures\n');
    writeMatchingSection(file, 'second figures');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('import figures');
    expect(text).toContain('search figures');
    expect(text).toContain('second figures');
    expect(text).not.toContain('first figures');
    expect(text.match(/## Matching/g)).toHaveLength(1);
    expect(text.indexOf('## Import')).toBeLessThan(text.indexOf('## Matching'));
    expect(text.indexOf('## Matching')).toBeLessThan(text.indexOf('## Search'));
  });

  it('writes Markdown the way Prettier formats it (tables aligned), so the format check passes', () => {
    writeMatchingSection(file, '| a | b |\n| --- | --: |\n| long cell | 1 |');
    expect(fs.readFileSync(file, 'utf8')).toContain('| a         |   b |');
  });
});
