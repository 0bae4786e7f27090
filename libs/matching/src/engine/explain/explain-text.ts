// Wording shared by the explainers: numbers, dates and codes as a consultant reads them.
import type { MatchReference, ProfileSkill } from '../match-profile';
import { UNCLASSIFIED_OCCUPATION } from '../occupation-affinity';

/** 280000 → 月額28万円, 285000 → 月額28.5万円. */
export function formatMonthlyWage(yen: number): string {
  return `月額${Math.round(yen / 1000) / 10}万円`;
}

/** 2026-04-01 → 2026年4月1日. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : date;
}

export function unclassified(occ: number): boolean {
  return occ < 0 || occ === UNCLASSIFIED_OCCUPATION;
}

export function skillNoun(skill: ProfileSkill): string {
  return skill.category === 'SKILL' ? 'スキル' : '資格';
}

export function listJa(items: readonly string[]): string {
  return items.join('、');
}

/** Which side lacks the data a factor needs. */
export function side(sendingMissing: boolean, receivingMissing: boolean): string {
  return sendingMissing && receivingMissing ? '双方' : sendingMissing ? '送出側' : '受入側';
}

/** Names of the reference codes (the code itself when unknown). */
export class Names {
  constructor(private readonly ref: MatchReference) {}

  pref(code: string): string {
    return this.ref.prefectureNames.get(code) ?? code;
  }

  occupation(code: string): string {
    return this.ref.occupationNames.get(code) ?? code;
  }

  industry(code: string): string {
    return this.ref.jsicNames.get(code) ?? code;
  }

  region(code: string): string | undefined {
    return this.ref.prefectureRegions.get(code);
  }
}
