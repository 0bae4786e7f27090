// What a server process spent during a measurement: CPU time from /proc/<pid>/stat (user + system ticks). Linux only, as
// the benchmarks' machine.
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';

let ticksPerSecond: number | null = null;

/** The kernel's clock ticks per second (getconf CLK_TCK; 100 on every Linux we run). */
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/** CPU seconds the process has used so far (user + system). */
export function cpuSecondsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / clockTicks();
}

export interface ProcessWindow {
  /** CPU used over the window as a share of one core (1.0 = one core busy all the time). */
  cores(): number;
}

/** Starts measuring `pid`'s CPU over a window that ends when `cores()` is read. */
export function openProcessWindow(pid: number): ProcessWindow {
  const cpuStart = cpuSecondsOf(pid);
  const start = process.hrtime.bigint();
  return {
    cores() {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      return seconds > 0 ? (cpuSecondsOf(pid) - cpuStart) / seconds : NaN;
    },
  };
}
