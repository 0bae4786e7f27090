import { parse } from 'csv-parse/sync';
import * as fs from 'node:fs';
import { prismaPath } from '../paths';

/** Reads a CSV under prisma/seed; leading `#` lines carry the file's source and are skipped. */
export function readSeedCsv(relativePath: string): Record<string, string>[] {
  const text = fs.readFileSync(prismaPath('seed', relativePath), 'utf8');
  return parse(text, { columns: true, comment: '#', skip_empty_lines: true, trim: true, bom: true });
}
