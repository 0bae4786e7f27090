import type { DataSource } from 'typeorm';
import type { UserSessionEntity } from '../../sessions/user-session.entity';
import type { UserEntity } from '../../users/user.entity';
import type { AuthChangeListener } from './auth-change-feed';

/** Enough for every account and open session of the Center's users many times over; the oldest go first beyond. */
const MAX_ENTRIES = 20_000;

type Entry = { kind: 'user'; user: UserEntity } | { kind: 'session'; session: UserSessionEntity };

/**
 * Accounts and cookie sessions as the per-request authentication last read them, so a request need not read them
 * again. Serves nothing unless the change feed is listening; every change to a users or user_sessions row, from any
 * process, drops what it touches (a user's change drops their sessions too), and this process's own writes drop theirs
 * at once. A read that overlapped a change is not kept (the generation moved on).
 *
 * One per database (the API's DataSource), so that every instance of the services writing accounts reaches it.
 */
export class AuthStateCache implements AuthChangeListener {
  private static readonly byDataSource = new WeakMap<DataSource, AuthStateCache>();

  static of(dataSource: DataSource): AuthStateCache {
    let cache = AuthStateCache.byDataSource.get(dataSource);
    if (!cache) {
      cache = new AuthStateCache();
      AuthStateCache.byDataSource.set(dataSource, cache);
    }
    return cache;
  }

  private readonly entries = new Map<string, Entry>();
  private live = false;
  private generation = 0;

  /** Whether the change feed is listening, so that cached accounts and sessions may be served. */
  get listening(): boolean {
    return this.live;
  }

  /** Where a read starts: pass it to `keep…` so a change during the read is not overwritten by what was read. */
  mark(): number {
    return this.generation;
  }

  user(id: string): UserEntity | null {
    const entry = this.live ? this.entries.get(`u:${id}`) : undefined;
    return entry?.kind === 'user' ? entry.user : null;
  }

  session(id: string): UserSessionEntity | null {
    const entry = this.live ? this.entries.get(`s:${id}`) : undefined;
    return entry?.kind === 'session' ? entry.session : null;
  }

  keepUser(mark: number, user: UserEntity): void {
    this.keep(mark, `u:${user.id}`, { kind: 'user', user });
  }

  keepSession(mark: number, session: UserSessionEntity): void {
    this.keep(mark, `s:${session.id}`, { kind: 'session', session });
  }

  forgetUser(id: string): void {
    this.changed(`u:${id}`);
  }

  forgetSession(id: string): void {
    this.changed(`s:${id}`);
  }

  changed(key: string): void {
    this.generation++;
    this.entries.delete(key);
    if (!key.startsWith('u:')) return;
    const userId = key.slice(2);
    for (const [other, entry] of this.entries) {
      if (entry.kind === 'session' && entry.session.userId === userId) this.entries.delete(other);
    }
  }

  reset(live: boolean): void {
    this.generation++;
    this.entries.clear();
    this.live = live;
  }

  private keep(mark: number, key: string, entry: Entry): void {
    if (!this.live || mark !== this.generation) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}
