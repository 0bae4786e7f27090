import 'reflect-metadata';
import { ConfigValidationError, validateEnvironment, type AppConfig } from '@kakehashi/config';
import { Command, CommanderError } from 'commander';
import { CliError, registerDbCommands } from './commands/db.commands';
import { registerUserCommands } from './commands/user.commands';

/** The operators' tool: `npm run admin -- <command>` and the `npm run db:*` scripts. */
async function main(argv: string[]): Promise<void> {
  let config: AppConfig | undefined;
  const getConfig = () => (config ??= validateEnvironment());
  const print = (line: string) => process.stdout.write(line + '\n');

  const program = new Command('kakehashi-admin')
    .description('Kakehashi operators’ command-line tool')
    .exitOverride()
    .showHelpAfterError();
  registerDbCommands(program, getConfig, print);
  registerUserCommands(program, getConfig, print);
  await program.parseAsync(argv);
}

main(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    const message =
      error instanceof ConfigValidationError || error instanceof CliError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`Error: ${message}\n`);
    process.exit(1);
  },
);
