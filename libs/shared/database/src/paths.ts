import * as path from 'node:path';

/**
 * The database folder (named `prisma/` by the user's layout; the ORM is TypeORM). npm scripts, tests and the Docker
 * image all run from the repository root, so it resolves from the working directory.
 */
export function prismaPath(...parts: string[]): string {
  return path.resolve(process.cwd(), 'prisma', ...parts);
}
