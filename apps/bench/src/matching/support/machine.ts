// What the numbers were measured on: they mean little without the machine beside them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Client } from 'pg';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  os: string;
  /** 1-minute load average when the benchmark started: other work on the machine skews the figures. */
  loadAverageAtStart: number;
}

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux: fall back to what Node knows
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export async function machineInfo(client: Client): Promise<MachineInfo> {
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  return {
    cpuModel: cpuModel(),
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: version.rows[0].server_version.split(' ')[0],
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg()[0],
  };
}
