import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchReference, ReceivingProfile, SendingProfile } from '../../engine/match-profile';
import { MatchProfileLoader } from '../../profiles/match-profile.loader';
import type { ScopeOffices } from '../services/assignment-scope.service';

export interface AssignmentInput {
  reference: MatchReference;
  /** Open offers of the scope, by id. */
  sending: SendingProfile[];
  receiving: ReceivingProfile[];
  /** Per sending offer, the receiving offers a consultant dismissed for it: never proposed again. */
  dismissed: Map<string, Set<string>>;
}

/** Everything a run reads from the database, for the offices of its scope (null: all). */
@Injectable()
export class AssignmentInputLoader {
  constructor(
    private readonly profiles: MatchProfileLoader,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async load(offices: ScopeOffices): Promise<AssignmentInput> {
    const scope = offices === null ? {} : { officeIds: offices };
    const [reference, sending, receiving, dismissedRows] = await Promise.all([
      this.profiles.loadReference(),
      this.profiles.loadSending(scope),
      this.profiles.loadReceiving(scope),
      this.dataSource.query<{ s: string; r: string }[]>(
        `SELECT d."sending_offer_id" AS "s", d."receiving_offer_id" AS "r"
           FROM "match_decisions" d
           JOIN "sending_offers" so ON so."id" = d."sending_offer_id"
          WHERE d."decision" = 'DISMISSED'
            AND ($1::uuid[] IS NULL OR so."owning_office_id" = ANY($1::uuid[]))`,
        [offices],
      ),
    ]);
    const dismissed = new Map<string, Set<string>>();
    for (const { s, r } of dismissedRows) {
      const set = dismissed.get(s) ?? new Set<string>();
      set.add(r);
      dismissed.set(s, set);
    }
    return { reference, sending, receiving, dismissed };
  }
}
