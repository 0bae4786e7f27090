import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OPEN_RECEIVING, OPEN_SENDING } from '../../profiles/match-profile.rows';
import type { AssignmentSettingsSnapshot } from '../assignment-algorithm';
import type { AssignmentScope, ScopeOffices } from './assignment-scope.service';

/**
 * The identity of a run's input, as sha256 in hex: the scope, the settings and algorithm, and for every open offer of
 * the scope its id, its last writing transaction (change_xid, set by a trigger on every write) and its company's
 * version (the company's prefecture and industry are scored), plus the dismissed pairs. Computed in PostgreSQL in
 * one statement: nothing but the hash crosses the wire, even for 170,000 offers.
 */
@Injectable()
export class AssignmentFingerprintService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async compute(
    scope: AssignmentScope,
    offices: ScopeOffices,
    settings: AssignmentSettingsSnapshot,
  ): Promise<string> {
    const header = JSON.stringify({
      scope: [scope.kind, scope.value],
      weights: settings.weights,
      excludeMissingRequired: settings.excludeMissingRequired,
      proposalFloor: settings.proposalFloor ?? null,
      algorithm: settings.algorithm,
    });
    const inScope = (alias: string) =>
      `($2::uuid[] IS NULL OR ${alias}."owning_office_id" = ANY($2::uuid[]))`;
    const rows = await this.dataSource.query<{ fingerprint: string }[]>(
      `WITH
         s AS (SELECT string_agg(o."id"::text || ':' || o."change_xid"::text || ':' || c."version"::text, ','
                                 ORDER BY o."id") AS v
                 FROM "sending_offers" o JOIN "companies" c ON c."id" = o."company_id"
                WHERE ${OPEN_SENDING} AND ${inScope('o')}),
         r AS (SELECT string_agg(o."id"::text || ':' || o."change_xid"::text || ':' || c."version"::text, ','
                                 ORDER BY o."id") AS v
                 FROM "receiving_offers" o JOIN "companies" c ON c."id" = o."company_id"
                WHERE ${OPEN_RECEIVING} AND ${inScope('o')}),
         d AS (SELECT string_agg(d."sending_offer_id"::text || '>' || d."receiving_offer_id"::text, ','
                                 ORDER BY d."sending_offer_id", d."receiving_offer_id") AS v
                 FROM "match_decisions" d
                 JOIN "sending_offers" so ON so."id" = d."sending_offer_id"
                 JOIN "receiving_offers" ro ON ro."id" = d."receiving_offer_id"
                WHERE d."decision" = 'DISMISSED' AND ${inScope('so')} AND ${inScope('ro')})
       SELECT encode(sha256(convert_to(
                $1::text || '|S|' || coalesce(s.v, '') || '|R|' || coalesce(r.v, '') || '|D|' || coalesce(d.v, ''),
                'UTF8')), 'hex') AS "fingerprint"
         FROM s, r, d`,
      [header, offices],
    );
    return rows[0].fingerprint;
  }
}
