import type { AppConfig } from '@kakehashi/config';
import { IdentityException, IdentityExceptionCode } from '@kakehashi/identity';
import type { Command } from 'commander';
import { CliError } from './db.commands';
import { readPasswordFromStdin, withUserAdministration } from './user-administration';

type Print = (line: string) => void;

/** The GraphQL input fields the account rules report, as the options an operator typed. */
const OPTION_OF_FIELD: Record<string, string> = {
  'input.email': '--email',
  'input.name': '--name',
  'input.role': '--role',
  'input.officeId': '--office',
  'input.partnerInstitutionId': '--partner',
  'input.partnerBranchId': '--branch',
  'input.password': 'password (stdin)',
};

/** create-user and deactivate-user: the same rules as the API's createUser/deactivateUser. */
export function registerUserCommands(program: Command, config: () => AppConfig, print: Print): void {
  const databaseUrl = () => {
    const url = config().databaseUrl;
    if (!url)
      throw new CliError(
        'DATABASE_URL が設定されていません。User commands act on DATABASE_URL; set it first.',
      );
    return url;
  };

  program
    .command('create-user')
    .description('Create a user account. The password is read from stdin, never from the command line.')
    .requiredOption('--email <email>', 'e-mail address (stored lower-cased)')
    .requiredOption('--name <name>', 'full name, 1-100 characters')
    .requiredOption(
      '--role <role>',
      'ADMIN, HQ_COORDINATOR, CONSULTANT, EXECUTIVE, PARTNER_HQ or PARTNER_BRANCH',
    )
    .option(
      '--office <code>',
      'office code: HQ or a two-digit regional office code (required for CONSULTANT)',
    )
    .option('--partner <id>', 'partner institution id (UUID; required for PARTNER_HQ / PARTNER_BRANCH)')
    .option('--branch <id>', 'partner branch id (UUID of a branch of --partner; required for PARTNER_BRANCH)')
    .option('--password-stdin', 'read the password from stdin (required)')
    .action(
      async (options: {
        email: string;
        name: string;
        role: string;
        office?: string;
        partner?: string;
        branch?: string;
        passwordStdin?: boolean;
      }) => {
        if (!options.passwordStdin) {
          throw new CliError(
            '--password-stdin is required: pipe the password in (passwords on the command line end up in shell history).',
          );
        }
        const url = databaseUrl();
        const password = await readPasswordFromStdin();
        const role = options.role.trim().toUpperCase();
        const user = await withUserAdministration(url, async (users) => {
          let officeId: string | null = null;
          if (options.office) {
            officeId = await users.officeIdByCode(options.office);
            if (!officeId)
              throw new CliError(`--office: no office has the code "${options.office}" (use HQ or 01..47).`);
          }
          return users.createUser({
            email: options.email,
            name: options.name,
            role,
            officeId,
            partnerInstitutionId: options.partner ?? null,
            partnerBranchId: options.branch ?? null,
            password,
          });
        }).catch(explain('create the user'));
        const where = options.office ? ` at office ${options.office.toUpperCase()}` : '';
        print(`Created ${user.role} ${user.email}${where} (id ${user.id}).`);
      },
    );

  program
    .command('deactivate-user')
    .description('Deactivate a user account; its sessions stop working immediately.')
    .requiredOption('--email <email>', 'e-mail address of the account')
    .action(async (options: { email: string }) => {
      const url = databaseUrl();
      const result = await withUserAdministration(url, async (users) => {
        const user = await users.findByEmail(options.email);
        if (!user)
          throw new CliError(`No user has the e-mail address ${options.email.trim().toLowerCase()}.`);
        const wasActive = user.isActive;
        return { user: await users.deactivateUser(null, user.id), wasActive };
      }).catch(explain('deactivate the user'));
      print(
        result.wasActive
          ? `Deactivated ${result.user.role} ${result.user.email} (id ${result.user.id}); existing sessions no longer work.`
          : `${result.user.email} was already deactivated; nothing changed.`,
      );
    });
}

/** Turns the account rules' refusals into a message naming the options to fix; anything else passes through. */
function explain(action: string) {
  return (error: unknown): never => {
    if (!(error instanceof IdentityException)) throw error;
    if (error.code === IdentityExceptionCode.INVALID_USER_INPUT) {
      const lines = error.fields.map((f) => `  ${OPTION_OF_FIELD[f.field] ?? f.field}: ${f.message}`);
      throw new CliError(`Cannot ${action}:\n${lines.join('\n')}`);
    }
    throw new CliError(`Cannot ${action}: ${error.message}`);
  };
}
