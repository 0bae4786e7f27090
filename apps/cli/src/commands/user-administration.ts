import { buildDataSourceOptions } from '@kakehashi/database';
import { identityEntities, UserAdministrationService } from '@kakehashi/identity';
import { PARTNER_ENTITIES } from '@kakehashi/partners';
import { DataSource } from 'typeorm';

/** The same UserAdministrationService the API uses, on a short-lived DataSource of the CLI. */
export async function withUserAdministration<T>(
  url: string,
  work: (users: UserAdministrationService) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url,
      poolSize: 2,
      // The partner entities too: the users table's foreign keys to them are declared by @kakehashi/partners.
      entities: [...identityEntities, ...PARTNER_ENTITIES],
      applicationName: 'kakehashi-cli',
    }),
  );
  await dataSource.initialize();
  try {
    return await work(UserAdministrationService.forDataSource(dataSource));
  } finally {
    await dataSource.destroy();
  }
}

/** Everything on stdin, without the one line break `echo` or a here-string adds. */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
