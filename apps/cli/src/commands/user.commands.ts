import type { AppConfig } from '@kakehashi/config';
import type { Command } from 'commander';
// STUB: the identity feature adds create-user here.
export function registerUserCommands(_program: Command, _config: () => AppConfig, _print: (line: string) => void): void {
  return;
}
