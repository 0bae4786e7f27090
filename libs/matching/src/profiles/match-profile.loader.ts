import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchReference, ReceivingProfile, SendingProfile } from '../engine/match-profile';
import { MATCHING_SETTINGS_ID } from '../settings/matching-settings.service';
import {
  OPEN_RECEIVING,
  OPEN_SENDING,
  RECEIVING_PROFILE_COLUMNS,
  SENDING_PROFILE_COLUMNS,
  toReceivingProfile,
  toSendingProfile,
  type ReceivingProfileRow,
  type SendingProfileRow,
  type SkillCategories,
} from './match-profile.rows';

/** The dictionary changes rarely; its categories are re-read at most this often. */
const SKILL_CATEGORIES_TTL_MS = 60_000;

/** Which offers to load: those owned by these offices, or all when omitted. */
export interface ProfileScope {
  officeIds?: readonly string[];
}

export interface ProfileChanges<P> {
  /** Offers that are (still) open: insert or replace them. */
  upserts: P[];
  /** Offers closed or emptied since: remove them. */
  removals: string[];
}

export interface ChangeBatch {
  sending: ProfileChanges<SendingProfile>;
  receiving: ProfileChanges<ReceivingProfile>;
  /** Pass to the next `changesSince`: every transaction older than this was visible to this read. */
  watermark: string;
  /** The stored matching settings' version (0 while never saved). */
  settingsVersion: number;
}

/** A row of `withMark`: the snapshot's columns, and the offer's (all null when nothing changed). */
type Marked<R> = { __watermark: string; __settings_version: number | null } & (R | { [K in keyof R]: null });

/**
 * `offers` (a SELECT) with the statement's snapshot xmin and the settings' version on every row, and on one row of
 * nulls when it finds nothing: the rows and the watermark come from one snapshot.
 */
function withMark(offers: string): string {
  return `SELECT m."__watermark", m."__settings_version", x.*
            FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "__watermark",
                         (SELECT "version" FROM "matching_settings" WHERE "id" = ${MATCHING_SETTINGS_ID})
                           AS "__settings_version") m
            LEFT JOIN LATERAL (${offers}) x ON true`;
}

function offerRows<R extends { id: string }>(rows: Marked<R>[]): R[] {
  return rows.filter((row): row is Marked<R> & R => row.id !== null);
}

/** Reads offers as engine profiles, in full or as changes since a transaction watermark (see change_xid). */
@Injectable()
export class MatchProfileLoader {
  private categories: { map: SkillCategories; readAt: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async skillCategories(): Promise<SkillCategories> {
    if (!this.categories || Date.now() - this.categories.readAt > SKILL_CATEGORIES_TTL_MS) {
      const rows = await this.dataSource.query<
        { match_key: string; category: 'LICENCE' | 'QUALIFICATION' | 'SKILL' }[]
      >(`SELECT "match_key", "category" FROM "skills"`);
      this.categories = { map: new Map(rows.map((r) => [r.match_key, r.category])), readAt: Date.now() };
    }
    return this.categories.map;
  }

  async loadReference(): Promise<MatchReference> {
    const [prefectures, occupations, jsic] = await Promise.all([
      this.dataSource.query<{ code: string; name_ja: string; region_ja: string }[]>(
        `SELECT "code", "name_ja", "region_ja" FROM "prefectures"`,
      ),
      this.dataSource.query<{ code: string; name_ja: string }[]>(
        `SELECT "code", "name_ja" FROM "occupation_major_groups"`,
      ),
      this.dataSource.query<{ code: string; name_ja: string }[]>(
        `SELECT "code", "name_ja" FROM "jsic_major_groups"`,
      ),
    ]);
    return {
      prefectureNames: new Map(prefectures.map((p) => [p.code, p.name_ja])),
      prefectureRegions: new Map(prefectures.map((p) => [p.code, p.region_ja])),
      occupationNames: new Map(occupations.map((o) => [o.code, o.name_ja])),
      jsicNames: new Map(jsic.map((j) => [j.code, j.name_ja])),
    };
  }

  /** The current transaction watermark; read it BEFORE a full load so that nothing written meanwhile is missed. */
  async watermark(): Promise<string> {
    const rows = await this.dataSource.query<{ xmin: string }[]>(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin"`,
    );
    return rows[0].xmin;
  }

  async loadSending(scope: ProfileScope = {}): Promise<SendingProfile[]> {
    const rows = await this.dataSource.query<SendingProfileRow[]>(
      `SELECT ${SENDING_PROFILE_COLUMNS} FROM "sending_offers" o JOIN "companies" c ON c."id" = o."company_id"
        WHERE ${OPEN_SENDING} ${scope.officeIds ? `AND o."owning_office_id" = ANY($1::uuid[])` : ''}
        ORDER BY o."id"`,
      scope.officeIds ? [scope.officeIds] : [],
    );
    const categories = await this.skillCategories();
    return rows.map((row) => toSendingProfile(row, categories));
  }

  async loadReceiving(scope: ProfileScope = {}): Promise<ReceivingProfile[]> {
    const rows = await this.dataSource.query<ReceivingProfileRow[]>(
      `SELECT ${RECEIVING_PROFILE_COLUMNS} FROM "receiving_offers" o JOIN "companies" c ON c."id" = o."company_id"
        WHERE ${OPEN_RECEIVING} ${scope.officeIds ? `AND o."owning_office_id" = ANY($1::uuid[])` : ''}
        ORDER BY o."id"`,
      scope.officeIds ? [scope.officeIds] : [],
    );
    const categories = await this.skillCategories();
    return rows.map((row) => toReceivingProfile(row, categories));
  }

  /** One offer, open or not (a closed offer can still be ranked against), or null when there is none. */
  async loadSendingById(id: string): Promise<SendingProfile | null> {
    const rows = await this.dataSource.query<SendingProfileRow[]>(
      `SELECT ${SENDING_PROFILE_COLUMNS} FROM "sending_offers" o JOIN "companies" c ON c."id" = o."company_id"
        WHERE o."id" = $1`,
      [id],
    );
    return rows[0] ? toSendingProfile(rows[0], await this.skillCategories()) : null;
  }

  async loadReceivingById(id: string): Promise<ReceivingProfile | null> {
    const rows = await this.dataSource.query<ReceivingProfileRow[]>(
      `SELECT ${RECEIVING_PROFILE_COLUMNS} FROM "receiving_offers" o JOIN "companies" c ON c."id" = o."company_id"
        WHERE o."id" = $1`,
      [id],
    );
    return rows[0] ? toReceivingProfile(rows[0], await this.skillCategories()) : null;
  }

  /**
   * Offers written by transactions not yet visible at `watermark`, in one round trip per side. Each statement reads
   * its snapshot's xmin (the oldest transaction still running) with its rows: every transaction below it had finished
   * before the rows were read, so the lower of the two is the new watermark; one that commits later has an id at or
   * above it and is read next time. Rows may come twice; upserts are idempotent. The settings' version comes along,
   * so that the settings themselves are read only when an administrator changed them.
   */
  async changesSince(watermark: string): Promise<ChangeBatch> {
    const [sendingRows, receivingRows] = await Promise.all([
      this.dataSource.query<Marked<SendingProfileRow>[]>(
        withMark(`SELECT ${SENDING_PROFILE_COLUMNS} FROM "sending_offers" o
          JOIN "companies" c ON c."id" = o."company_id" WHERE o."id" IN (${changedOfferIds('sending_offers')})`),
        [watermark],
      ),
      this.dataSource.query<Marked<ReceivingProfileRow>[]>(
        withMark(`SELECT ${RECEIVING_PROFILE_COLUMNS} FROM "receiving_offers" o
          JOIN "companies" c ON c."id" = o."company_id" WHERE o."id" IN (${changedOfferIds('receiving_offers')})`),
        [watermark],
      ),
    ]);
    const categories = await this.skillCategories();
    const [sendingMark, receivingMark] = [sendingRows[0], receivingRows[0]];
    return {
      sending: split(offerRows(sendingRows), (row) => toSendingProfile(row, categories)),
      receiving: split(offerRows(receivingRows), (row) => toReceivingProfile(row, categories)),
      watermark:
        BigInt(sendingMark.__watermark) < BigInt(receivingMark.__watermark)
          ? sendingMark.__watermark
          : receivingMark.__watermark,
      settingsVersion: sendingMark.__settings_version ?? 0,
    };
  }
}

/** Offers written since the watermark, or whose company was: two index scans instead of an OR across the join. */
function changedOfferIds(table: 'sending_offers' | 'receiving_offers'): string {
  return `SELECT "id" FROM "${table}" WHERE "change_xid" >= $1::bigint
          UNION
          SELECT x."id" FROM "${table}" x JOIN "companies" xc ON xc."id" = x."company_id"
           WHERE xc."change_xid" >= $1::bigint`;
}

function split<R extends { id: string; open: boolean }, P>(rows: R[], map: (row: R) => P): ProfileChanges<P> {
  return {
    upserts: rows.filter((r) => r.open).map(map),
    removals: rows.filter((r) => !r.open).map((r) => r.id),
  };
}
