import { Injectable, Logger } from '@nestjs/common';
import { MatchEngine, type ReceivingProfile, type SendingProfile } from '../engine';
import { MatchProfileLoader } from '../profiles/match-profile.loader';
import { MatchingSettingsService } from '../settings/matching-settings.service';

interface Loaded {
  engine: MatchEngine;
  watermark: string;
  settingsVersion: number;
}

/**
 * The API process's in-memory index of every open offer, so that ranking 150,000 counterparts takes milliseconds.
 * It is loaded on first use and brought up to date before every query from the offers' change_xid (see the
 * migration), so a consultant always ranks against what is committed, including their own edit a moment ago.
 * Several API processes each keep their own copy; the database stays the only source of truth.
 */
@Injectable()
export class LiveMatchIndex {
  private readonly logger = new Logger('MatchIndex');
  private loaded: Promise<Loaded> | null = null;
  private syncing: Promise<void> | null = null;
  private nextSync: Promise<void> | null = null;

  constructor(
    private readonly profiles: MatchProfileLoader,
    private readonly settings: MatchingSettingsService,
  ) {}

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

  private load(): Promise<Loaded> {
    if (!this.loaded) {
      this.loaded = this.loadAll().catch((error: unknown) => {
        this.loaded = null;
        throw error;
      });
    }
    return this.loaded;
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
    this.logger.log(
      { sending: sending.length, receiving: receiving.length, ms: Date.now() - started },
      'Match index loaded',
    );
    return { engine, watermark, settingsVersion: settings.version };
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
    const [changes, settings] = await Promise.all([
      this.profiles.changesSince(state.watermark),
      this.settings.current(),
    ]);
    const { engine } = state;
    if (settings.version !== state.settingsVersion) {
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
