// Turns one pair's factor values into what a consultant reads: reasons (what fits), gaps (what is missing or
// short) and notes (information that is not scored), in Japanese. The values come from pair-scorer, so the
// explanation always describes exactly the score the ranking used.
import {
  MOVE_TYPE_LABELS,
  SHIFT_PATTERN_LABELS,
  WORKPLACE_CONDITION_LABELS,
  WorkplaceCondition,
} from '@kakehashi/offers';
import type { CompiledReceiving, CompiledSending } from './compiled-profile';
import { NO_NIGHT_SHIFT_BIT, conditionMask } from './compiled-profile';
import { FACTOR_KEYS, FACTOR_LABELS, FactorKey } from './factor-weights';
import {
  MOVE_SECONDMENT,
  MOVE_TRANSFER,
  NEUTRAL,
  SHIFT_DAY,
  SHIFT_NIGHT,
  SHIFT_ROTATING,
  wishCredit,
} from './factors';
import type { MatchExplanation } from './match-explanation';
import type { MatchReference, ProfileSkill, ReceivingProfile, SendingProfile } from './match-profile';
import { UNCLASSIFIED_OCCUPATION, occupationAffinityReason } from './occupation-affinity';
import {
  Exclusion,
  F_CONDITIONS,
  F_EXPERIENCE,
  F_OCCUPATION,
  F_PERIOD,
  F_REGION,
  F_TEXT,
  F_WAGE,
} from './pair-scorer';
import { sharedWords } from './shared-words';

/** 280000 → 月額28万円, 285000 → 月額28.5万円. */
export function formatMonthlyWage(yen: number): string {
  return `月額${Math.round(yen / 1000) / 10}万円`;
}

/** 2026-04-01 → 2026年4月1日. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : date;
}

function unclassified(occ: number): boolean {
  return occ < 0 || occ === UNCLASSIFIED_OCCUPATION;
}

function skillNoun(skill: ProfileSkill): string {
  return skill.category === 'SKILL' ? 'スキル' : '資格';
}

function listJa(items: readonly string[]): string {
  return items.join('、');
}

class Names {
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

/**
 * The explanation of an eligible pair. `v` holds the factor values in FACTOR_KEYS order and `score` the score
 * `combine` made of them.
 */
export function buildExplanation(
  ref: MatchReference,
  cs: CompiledSending,
  cr: CompiledReceiving,
  nw: Float64Array,
  v: Float64Array,
  score: number,
): MatchExplanation {
  const s = cs.profile;
  const r = cr.profile;
  const names = new Names(ref);
  const reasons: string[] = [];
  const gaps: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  const canSecondment = (cs.moveMask & cr.acceptMask & MOVE_SECONDMENT) !== 0;
  const canTransfer = (cs.moveMask & cr.acceptMask & MOVE_TRANSFER) !== 0;
  const side = (sendingMissing: boolean, receivingMissing: boolean): string =>
    sendingMissing && receivingMissing ? '双方' : sendingMissing ? '送出側' : '受入側';

  // Move type.
  reasons.push(
    canSecondment && canTransfer
      ? '在籍型出向・移籍のいずれでも受入可能'
      : canSecondment
        ? '在籍型出向として受入可能'
        : '移籍として受入可能',
  );

  // Required and preferred skills.
  const held = new Set((s.skills ?? []).map((x) => x.key));
  for (const skill of r.requiredSkills ?? []) {
    const noun = `必須${skillNoun(skill)}「${skill.label}」`;
    if (!cs.skillsKnown) gaps.push(`${noun}の保有が未確認（送出側の資格・スキル未登録）`);
    else if (held.has(skill.key)) reasons.push(`${noun}を保有`);
    else gaps.push(`${noun}が未保有`);
  }
  if (!cs.skillsKnown && cr.required.length > 0) missing.push(`${FACTOR_LABELS.REQUIRED_SKILLS}（送出側）`);
  if (cs.skillsKnown) {
    for (const skill of r.preferredSkills ?? []) {
      const noun = `歓迎${skillNoun(skill)}「${skill.label}」`;
      if (held.has(skill.key)) reasons.push(`${noun}を保有`);
      else gaps.push(`${noun}は未保有`);
    }
  } else if (cr.preferred.length > 0) {
    missing.push(`${FACTOR_LABELS.PREFERRED_SKILLS}（送出側）`);
  }

  // Occupation.
  const occValue = v[F_OCCUPATION];
  const occPair = `${names.occupation(s.occupationCode)} → ${names.occupation(r.occupationCode)}`;
  if (unclassified(cs.occ) || unclassified(cr.occ)) {
    missing.push(`${FACTOR_LABELS.OCCUPATION}（${side(unclassified(cs.occ), unclassified(cr.occ))}）`);
  } else if (occValue === 1) {
    reasons.push(`職種が同じ（${names.occupation(r.occupationCode)}）`);
  } else if (occValue > 0) {
    const because = occupationAffinityReason(s.occupationCode, r.occupationCode);
    const detail = because ? `${occPair}：${because}` : occPair;
    reasons.push(occValue >= 0.5 ? `職種が近い（${detail}）` : `職種に共通点あり（${detail}）`);
  } else {
    gaps.push(`職種が異なる（${occPair}）`);
  }

  // Free text.
  if (cs.grams.length === 0 || cr.grams.length === 0) {
    missing.push(`${FACTOR_LABELS.TEXT}（${side(cs.grams.length === 0, cr.grams.length === 0)}）`);
  } else {
    const textValue = v[F_TEXT];
    const words = sharedWords(s.text ?? '', r.text ?? '');
    if (textValue >= 0.6) {
      reasons.push(
        words.length > 0
          ? `職務内容・スキルの記述が類似（共通語：${listJa(words)}）`
          : '職務内容・スキルの記述が類似',
      );
    } else if (words.length > 0) {
      reasons.push(`職務内容の共通語：${listJa(words)}`);
    } else if (textValue < 0.2) {
      gaps.push('職務内容・スキルの記述に共通点が少ない');
    }
  }

  // Region.
  const home = names.pref(s.homePrefectureCode);
  const workplace = names.pref(r.workplacePrefectureCode);
  const regionValue = v[F_REGION];
  if (regionValue === 1) {
    reasons.push(
      workplace.endsWith('県') ? `勤務地が同一県（${workplace}）` : `勤務地が同一都道府県（${workplace}）`,
    );
  } else if (cs.accept.length > 0) {
    reasons.push(`勤務地（${workplace}）が送出側の希望勤務地に含まれる`);
  } else if (regionValue === NEUTRAL) {
    missing.push(`${FACTOR_LABELS.REGION}（${side(cs.region < 0, cr.region < 0)}）`);
  } else if (cs.region === cr.region) {
    reasons.push(
      `勤務地が同一地域（${names.region(r.workplacePrefectureCode) ?? ''}：${home} → ${workplace}）`,
    );
  } else {
    gaps.push(`勤務地が遠方（${home} → ${workplace}）`);
  }

  // Period: a transfer has none.
  if (!canSecondment) {
    notes.push('移籍のため期間は評価対象外');
  } else if (!(cs.period > 0) || !(cr.period > 0)) {
    missing.push(`${FACTOR_LABELS.PERIOD}（${side(!(cs.period > 0), !(cr.period > 0))}）`);
  } else if (cs.period === cr.period) {
    reasons.push(`期間が一致（${cr.period}か月）`);
  } else if (v[F_PERIOD] >= 0.75) {
    reasons.push(`期間がほぼ一致（希望${cs.period}か月、受入${cr.period}か月）`);
  } else {
    gaps.push(`希望期間${cs.period}か月に対し受入期間${cr.period}か月`);
  }

  // Wage.
  if (!(cs.wage > 0) || !(cr.wage >= 0)) {
    missing.push(`${FACTOR_LABELS.WAGE}（${side(!(cs.wage > 0), !(cr.wage >= 0))}）`);
  } else if (cr.wage >= cs.wage) {
    reasons.push(
      `受入賃金（${formatMonthlyWage(cr.wage)}）が現在の賃金（${formatMonthlyWage(cs.wage)}）以上`,
    );
  } else {
    const shared = canSecondment ? '。在籍型出向では賃金負担を協議で調整可能' : '';
    const level = v[F_WAGE] >= 0.75 ? 'をやや下回る' : 'を下回る';
    gaps.push(
      `受入賃金（${formatMonthlyWage(cr.wage)}）が現在の賃金（${formatMonthlyWage(cs.wage)}）${level}${shared}`,
    );
  }

  // People.
  if (!(cs.people > 0) || !(cr.people > 0)) {
    missing.push(`${FACTOR_LABELS.PEOPLE}（${side(!(cs.people > 0), !(cr.people > 0))}）`);
  } else if (cs.people === cr.people) {
    reasons.push(`人数が一致（${cr.people}人）`);
  } else if (cs.people < cr.people) {
    gaps.push(`受入希望${cr.people}人に対し送出可能${cs.people}人`);
  } else {
    gaps.push(`送出可能${cs.people}人に対し受入希望${cr.people}人`);
  }

  // Start.
  if (!Number.isFinite(cs.earliest) || !Number.isFinite(cr.startBy)) {
    missing.push(
      `${FACTOR_LABELS.START}（${side(!Number.isFinite(cs.earliest), !Number.isFinite(cr.startBy))}）`,
    );
  } else {
    const earliest = formatDate(s.earliestStartOn ?? '');
    const startBy = formatDate(r.startBy ?? '');
    if (cs.earliest <= cr.startBy) {
      reasons.push(`開始可能日（${earliest}）が受入希望時期（${startBy}）に間に合う`);
    } else {
      gaps.push(`開始可能日（${earliest}）が受入希望時期（${startBy}）より${cs.earliest - cr.startBy}日遅い`);
    }
  }

  // Conditions.
  if (cs.wantedCount > 0) {
    if (v[F_CONDITIONS] === NEUTRAL && cr.offered === 0 && !r.shiftPattern) {
      missing.push(`${FACTOR_LABELS.CONDITIONS}（受入側）`);
    } else {
      for (const condition of Object.values(WorkplaceCondition)) {
        const bit = conditionMask([condition]);
        if ((cs.wanted & bit) === 0) continue;
        const label = `希望条件「${WORKPLACE_CONDITION_LABELS[condition]}」`;
        const credit = wishCredit(bit, NO_NIGHT_SHIFT_BIT, cr.offered, cr.shift);
        const shift = r.shiftPattern ? SHIFT_PATTERN_LABELS[r.shiftPattern] : '勤務形態未登録';
        if (credit === 1) {
          reasons.push(
            bit === NO_NIGHT_SHIFT_BIT && cr.shift === SHIFT_DAY && (cr.offered & bit) === 0
              ? `${label}を満たす（${shift}）`
              : `${label}を満たす`,
          );
        } else if (bit === NO_NIGHT_SHIFT_BIT && (cr.shift === SHIFT_NIGHT || cr.shift === SHIFT_ROTATING)) {
          gaps.push(`${label}に対し受入先は${shift}`);
        } else if (credit === NEUTRAL) {
          gaps.push(`${label}は要確認（${shift}）`);
        } else {
          gaps.push(`${label}は受入条件に記載なし`);
        }
      }
    }
  }

  // Experience.
  if (!(cs.experience >= 0) || !(cr.minExperience >= 0)) {
    missing.push(`${FACTOR_LABELS.EXPERIENCE}（${side(!(cs.experience >= 0), !(cr.minExperience >= 0))}）`);
  } else if (cr.minExperience > 0) {
    const text = `経験年数${cs.experience}年（必要${cr.minExperience}年以上）`;
    if (v[F_EXPERIENCE] === 1) reasons.push(text);
    else gaps.push(text);
  }

  // Industry: information only. Most established secondments cross industries.
  if (s.jsicMajorCode && r.jsicMajorCode && s.jsicMajorCode !== r.jsicMajorCode) {
    notes.push(`異業種間のマッチ（${names.industry(s.jsicMajorCode)} → ${names.industry(r.jsicMajorCode)}）`);
  }
  if (missing.length > 0) notes.push(`データ未登録のため中立（0.5）で評価：${listJa(missing)}`);

  return {
    score,
    factors: FACTOR_KEYS.map((factor: FactorKey, i) => ({
      factor,
      weight: nw[i],
      value: v[i],
      contribution: nw[i] * v[i],
    })),
    reasons,
    gaps,
    notes,
  };
}
