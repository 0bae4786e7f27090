import { MOVE_TYPE_LABELS } from '@kakehashi/offers';
import type { MatchReference, ReceivingProfile, SendingProfile } from '../match-profile';
import { Exclusion } from '../pair-scorer';
import { Names, listJa } from './explain-text';

function acceptedLabel(r: ReceivingProfile): string {
  if (r.acceptsSecondment && r.acceptsTransfer) return '在籍型出向・移籍のいずれも受入';
  return r.acceptsSecondment ? '在籍型出向のみ受入' : '移籍のみ受入';
}

/** Why a pair is never suggested, for `explain`. */
export function exclusionMessage(
  why: Exclusion,
  s: SendingProfile,
  r: ReceivingProfile,
  ref: MatchReference,
): string {
  const names = new Names(ref);
  switch (why) {
    case Exclusion.SAME_COMPANY:
      return `同じ企業（${s.companyName}）の送出情報と受入情報の組み合わせは対象外`;
    case Exclusion.MOVE_TYPE:
      return `出向・移籍の形態が合わない（送出側：${MOVE_TYPE_LABELS[s.moveType]}、受入側：${acceptedLabel(r)}）`;
    case Exclusion.REGION:
      return `勤務地（${names.pref(r.workplacePrefectureCode)}）が送出側の希望勤務地（${listJa(
        (s.acceptablePrefectureCodes ?? []).map((c) => names.pref(c)),
      )}）に含まれない`;
    case Exclusion.MISSING_REQUIRED: {
      const held = new Set((s.skills ?? []).map((x) => x.key));
      const missing = (r.requiredSkills ?? []).filter((x) => !held.has(x.key)).map((x) => `「${x.label}」`);
      return `必須資格・スキル${missing.join('')}が未保有のため対象外（必須資格の未保有は除外する設定）`;
    }
    case Exclusion.NONE:
      return '';
  }
}
