import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DuplicateMatch } from '../referral-enums';
import { findDuplicateMatches, insertDuplicates, markPossibleDuplicates } from './duplicates.queries';

/** What duplicate detection compares of a referral (its client company). */
export interface DuplicateCandidate {
  id: string;
  institutionId: string;
  clientCorporateNumber: string | null;
  clientNameSearchKey: string;
  clientPrefectureCode: string;
}

/** One open referral or offer a candidate resembles. */
export interface FoundDuplicate {
  matchedBy: DuplicateMatch;
  duplicateReferralId: string | null;
  duplicateSendingOfferId: string | null;
  duplicateReceivingOfferId: string | null;
}

/**
 * Finds, for many referrals at once (one submission, or every row of a bulk upload), the other open referrals (of
 * any institution) and the open sending and receiving offers of the same company: by corporate number, or by
 * normalised name and prefecture. Other institutions' referrals are found through the SECURITY DEFINER function
 * kakehashi_open_referral_duplicates, so a partner's transaction can be checked against referrals it cannot read;
 * what was found goes to the Center-only referral_duplicates table, and the partner sees only the flag. A match never
 * refuses a referral.
 */
@Injectable()
export class ReferralDuplicateService {
  /** Read only: the matches of each candidate, by candidate id (candidates without any are absent). */
  async find(
    tx: EntityManager,
    candidates: readonly DuplicateCandidate[],
  ): Promise<Map<string, FoundDuplicate[]>> {
    const found = new Map<string, FoundDuplicate[]>();
    if (!candidates.length) return found;
    const rows = await findDuplicateMatches(tx, candidates);
    for (const row of rows) {
      const list = found.get(row.candidate_id) ?? [];
      list.push({
        matchedBy: row.matched_by,
        duplicateReferralId: row.referral_id,
        duplicateSendingOfferId: row.sending_offer_id,
        duplicateReceivingOfferId: row.receiving_offer_id,
      });
      found.set(row.candidate_id, list);
    }
    return found;
  }

  /**
   * Finds the candidates' duplicates, records them (referral_duplicates) and sets possible_duplicate on the
   * referrals that have any. The candidates must be visible in the transaction's scope. Returns the matches by id.
   */
  async flag(
    tx: EntityManager,
    candidates: readonly DuplicateCandidate[],
  ): Promise<Map<string, FoundDuplicate[]>> {
    const found = await this.find(tx, candidates);
    if (!found.size) return found;
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const rows = [...found].flatMap(([id, matches]) =>
      matches.map((m) => ({ ...m, referralId: id, institutionId: byId.get(id)?.institutionId as string })),
    );
    await insertDuplicates(tx, rows);
    // A plain column write: the version is for users' edits, and the flag is the system's.
    await markPossibleDuplicates(tx, [...found.keys()]);
    return found;
  }
}
