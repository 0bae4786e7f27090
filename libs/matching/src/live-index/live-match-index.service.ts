import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { MatchEngine, type ReceivingProfile, type SendingProfile } from '../engine';
import { MatchProfileLoader } from '../profiles/match-profile.loader';
import { MatchingSettingsService } from '../settings/matching-settings.service';
import {
  describeLoadError,
  MATCH_INDEX_RETRY_DELAYS_MS,
  retryDelay,
  type MatchIndexFailure,
  type MatchIndexStatus,
} from './match-index-status';

interface Loaded {
  engine: MatchEngine;
  watermark: string;
  settingsVersion: number;
  loadMs: number;
  loadedAt: Date;
  /** An open offer of each side, for warming up. */
  sample: IndexSample;
}

export interface IndexSample {
  sending?: SendingProfile;
  receiving?: ReceivingProfile;
}

/**
 * The API process's in-memory index of every open offer, so that ranking 150,000 counterparts takes milliseconds.
 * It starts loading when the API has started (in the background: start-up does not wait, `/health` says when it is
 * ready, and a query arriving meanwhile waits for that same load); a failed load is logged and retried. It is brought
 * up to date before every query from the offers' change_xid (see the migration), so a consultant always ranks against
 * what is committed, including their own edit a moment ago. Several API processes each keep their own copy; the
 * database stays the only source of truth. The worker never builds it (it imports only AssignmentModule).
 */
@Injectable()
export class LiveMatchIndex implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MatchIndex');
  private loaded: Promise<Loaded> | null = null;
  private ready: Loaded | null = null;
  private failedAttempts = 0;
  private lastFailure: MatchIndexFailure | null = null;
  private retry: { timer: NodeJS.Timeout; at: number } | null = null;
  private stopped = false;
  /** The load at start and its warm-up. */
  private starting: Promise<void> = Promise.resolve();
  private warming: Promise<void> = Promise.resolve();
  private readonly warmUps: ((sample: IndexSample) => Promise<unknown>)[] = [];
  private syncing: Promise<void> | null = null;
  private nextSync: Promise<void> | null = null;

  constructor(
    private readonly profiles: MatchProfileLoader,
    private readonly settings: MatchingSettingsService,
    @Inject(MATCH_INDEX_RETRY_DELAYS_MS) private readonly retryDelays: readonly number[],
  ) {}

  /** After every module's init, so the load never competes with start-up for the pool (one connection in PGlite). */
  onApplicationBootstrap(): void {
    this.starting = this.load().then(
      () => this.warming,
      () => undefined,
    );
  }

  /**
   * Work run after every full load, before the index says it is ready: a service ranks once, so that the first
   * user's ranking does not pay for its cold code paths and statements. A failure is logged and ignored.
   */
  onLoaded(warmUp: (sample: IndexSample) => Promise<unknown>): void {
    this.warmUps.push(warmUp);
  }

  /** Before the DataSource closes (onApplicationShutdown): a load in flight finishes, none is retried. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry.timer);
    this.retry = null;
    await this.starting;
    await this.loaded?.catch(() => undefined);
    await this.warming;
  }

  status(): MatchIndexStatus {
    if (this.ready) {
      const { engine, loadMs, loadedAt } = this.ready;
      return {
        state: 'ready',
        sending: engine.sendingCount,
        receiving: engine.receivingCount,
        loadMs,
        loadedAt: loadedAt.toISOString(),
      };
    }
    if (this.retry && this.lastFailure) {
      return {
        state: 'failed',
        failedAttempts: this.failedAttempts,
        lastFailure: this.lastFailure,
        retryInMs: Math.max(0, this.retry.at - Date.now()),
      };
    }
    return { state: 'loading', failedAttempts: this.failedAttempts, lastFailure: this.lastFailure };
  }

  /** The engine with every change committed before this call applied. */
  async current(): Promise<MatchEngine> {
    const state = await this.load();
    await this.sync();
    return state.engine;
  }

  /**
   * An offer's profile as of now: from the up-to-date index when it is open, else (closed, or nobody left) from
   * the database. Null when there is no such offer. `id` must be a UUID (callers check it as user input).
   */
  async sendingProfile(engine: MatchEngine, id: string): Promise<SendingProfile | null> {
    return engine.getSending(id) ?? (await this.profiles.loadSendingById(id));
  }

  async receivingProfile(engine: MatchEngine, id: string): Promise<ReceivingProfile | null> {
    return engine.getReceiving(id) ?? (await this.profiles.loadReceivingById(id));
  }

  /** The one load in flight or done; a failure clears it (the next caller or the retry starts another). */
  private load(): Promise<Loaded> {
    if (!this.loaded) {
      if (this.retry) clearTimeout(this.retry.timer);
      this.retry = null;
      this.loaded = this.loadAll().then(
        (state) => {
          this.failedAttempts = 0;
          this.warming = this.warm(state);
          return state;
        },
        (error: unknown) => {
          this.loaded = null;
          this.failed(error);
          throw error;
        },
      );
    }
    return this.loaded;
  }

  /** Rankings work from the moment the load is done; the index says ready once they are warm. */
  private async warm(state: Loaded): Promise<void> {
    try {
      await this.sync();
      for (const warmUp of this.warmUps) await warmUp(state.sample);
    } catch (error) {
      this.logger.warn({ error: describeLoadError(error) }, 'Match index warm-up failed');
    } finally {
      this.ready = state;
    }
  }

  private failed(error: unknown): void {
    this.failedAttempts += 1;
    this.lastFailure = { at: new Date().toISOString(), error: describeLoadError(error) };
    const delay = retryDelay(this.retryDelays, this.failedAttempts);
    this.logger.error(
      { attempt: this.failedAttempts, error: this.lastFailure.error, retryInMs: this.stopped ? null : delay },
      'Match index load failed',
    );
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) this.load().catch(() => undefined);
    }, delay);
    // A pending retry must not keep a process alive that is otherwise done.
    timer.unref();
    this.retry = { timer, at: Date.now() + delay };
  }

  private async loadAll(): Promise<Loaded> {
    const started = Date.now();
    // The watermark is read first: whatever commits during the load is read again by the first sync.
    const watermark = await this.profiles.watermark();
    const [reference, settings, sending, receiving] = await Promise.all([
      this.profiles.loadReference(),
      this.settings.current(),
      this.profiles.loadSending(),
      this.profiles.loadReceiving(),
    ]);
    const engine = new MatchEngine(reference, settings);
    for (const profile of sending) engine.upsertSending(profile);
    for (const profile of receiving) engine.upsertReceiving(profile);
    const loadMs = Date.now() - started;
    this.logger.log(
      { sending: sending.length, receiving: receiving.length, ms: loadMs },
      'Match index loaded',
    );
    return {
      engine,
      watermark,
      settingsVersion: settings.version,
      loadMs,
      loadedAt: new Date(),
      sample: { sending: sending[0], receiving: receiving[0] },
    };
  }

  /**
   * Coalesces concurrent callers: a caller waits for a sync that STARTS after its call (one already running may
   * have read before the caller's own write committed), and every caller waiting meanwhile shares that one sync.
   */
  private sync(): Promise<void> {
    if (!this.nextSync) {
      const previous = this.syncing ?? Promise.resolve();
      this.nextSync = previous
        .catch(() => undefined)
        .then(() => {
          this.nextSync = null;
          this.syncing = this.applyChanges().finally(() => {
            this.syncing = null;
          });
          return this.syncing;
        });
    }
    return this.nextSync;
  }

  private async applyChanges(): Promise<void> {
    const state = await this.load();
    const changes = await this.profiles.changesSince(state.watermark);
    const { engine } = state;
    if (changes.settingsVersion !== state.settingsVersion) {
      const settings = await this.settings.current();
      engine.setSettings(settings);
      state.settingsVersion = settings.version;
    }
    for (const id of changes.sending.removals) engine.removeSending(id);
    for (const profile of changes.sending.upserts) engine.upsertSending(profile);
    for (const id of changes.receiving.removals) engine.removeReceiving(id);
    for (const profile of changes.receiving.upserts) engine.upsertReceiving(profile);
    state.watermark = changes.watermark;
  }
}
