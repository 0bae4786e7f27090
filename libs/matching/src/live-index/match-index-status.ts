import { InjectionToken } from '@nestjs/common';

/** What `/health` says of an API process's match index. */
export type MatchIndexStatus =
  | {
      state: 'loading';
      /** Failed loads so far (0 on the first attempt). */
      failedAttempts: number;
      lastFailure: MatchIndexFailure | null;
    }
  | {
      /** The last load failed; another is scheduled (or starts with the next ranking request, whichever is first). */
      state: 'failed';
      failedAttempts: number;
      lastFailure: MatchIndexFailure;
      retryInMs: number;
    }
  | {
      state: 'ready';
      sending: number;
      receiving: number;
      /** How long the load that succeeded took. */
      loadMs: number;
      loadedAt: string;
    };

export interface MatchIndexFailure {
  at: string;
  /** The error's class and SQLSTATE only: a driver's message can quote row values. */
  error: string;
}

/** Delays before the 1st, 2nd, … retry of a failed load; the last one repeats. */
export const MATCH_INDEX_RETRY_DELAYS_MS: InjectionToken<readonly number[]> = Symbol(
  'MATCH_INDEX_RETRY_DELAYS_MS',
);

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

export function retryDelay(delays: readonly number[], failedAttempts: number): number {
  return delays[Math.min(failedAttempts, delays.length) - 1] ?? delays[delays.length - 1] ?? 30_000;
}

/** The error in words that hold no data: "QueryFailedError 42P01". */
export function describeLoadError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } }).code ??
    (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? `${error.name} ${code}` : error.name;
}
