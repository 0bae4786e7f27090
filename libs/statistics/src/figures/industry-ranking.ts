import type { IndustryFlowCell, IndustryPeople } from '../statistics.types';
import type { FlowCount } from './services/statistics-readers';

/**
 * Industries by people, largest first; ties share a rank (1, 2, 2, 4) and are listed by JSIC code. Industries whose
 * net count is zero or less (corrections only) are left out.
 */
export function rankIndustries(people: Map<string, number>, names: Map<string, string>): IndustryPeople[] {
  const sorted = [...people]
    .filter(([, n]) => n > 0)
    .sort(([codeA, a], [codeB, b]) => b - a || codeA.localeCompare(codeB));
  return sorted.map(([jsicCode, n]) => ({
    rank: sorted.findIndex(([, m]) => m === n) + 1,
    jsicCode,
    industryJa: names.get(jsicCode) ?? jsicCode,
    people: n,
  }));
}

/** Percent with one decimal, rounded half up, as the Center publishes it (1428 of 2413 → 59.2). */
export function sharePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

export interface FlowSummary {
  totalPeople: number;
  /** Sending × receiving pairs left out because corrections made their net people zero or less. */
  excludedPairs: number;
  /** Their net people (zero or less). */
  excludedPeople: number;
  crossIndustryPeople: number;
  crossIndustryShare: number | null;
  matrix: IndustryFlowCell[];
  topSendingIndustries: IndustryPeople[];
  topReceivingIndustries: IndustryPeople[];
}

/**
 * The matrix, both rankings and the cross-industry share of a set of sending × receiving counts. A pair's people are
 * its establishments net of the corrections dated in the period; a pair whose net is zero or less (a withdrawal in
 * the period of a move established before it) is left out of everything at once — matrix, rankings, total and
 * cross-industry people — so the matrix adds up to the rankings and to the total, and the cross-industry people never
 * exceed the total. The pairs left out are counted (excludedPairs / excludedPeople) so the screen can say so.
 */
export function summariseFlows(flows: FlowCount[], names: Map<string, string>): FlowSummary {
  const kept = flows.filter((flow) => flow.people > 0);
  const dropped = flows.filter((flow) => flow.people <= 0 && flow.people !== 0);
  const sending = new Map<string, number>();
  const receiving = new Map<string, number>();
  let totalPeople = 0;
  let crossIndustryPeople = 0;
  for (const flow of kept) {
    sending.set(flow.sendingJsicCode, (sending.get(flow.sendingJsicCode) ?? 0) + flow.people);
    receiving.set(flow.receivingJsicCode, (receiving.get(flow.receivingJsicCode) ?? 0) + flow.people);
    totalPeople += flow.people;
    if (flow.sendingJsicCode !== flow.receivingJsicCode) crossIndustryPeople += flow.people;
  }
  const matrix = kept
    .sort(
      (a, b) =>
        b.people - a.people ||
        a.sendingJsicCode.localeCompare(b.sendingJsicCode) ||
        a.receivingJsicCode.localeCompare(b.receivingJsicCode),
    )
    .map((flow) => ({
      sendingJsicCode: flow.sendingJsicCode,
      sendingIndustryJa: names.get(flow.sendingJsicCode) ?? flow.sendingJsicCode,
      receivingJsicCode: flow.receivingJsicCode,
      receivingIndustryJa: names.get(flow.receivingJsicCode) ?? flow.receivingJsicCode,
      people: flow.people,
    }));
  return {
    totalPeople,
    excludedPairs: dropped.length,
    excludedPeople: dropped.reduce((sum, flow) => sum + flow.people, 0),
    crossIndustryPeople,
    crossIndustryShare: sharePercent(crossIndustryPeople, totalPeople),
    matrix,
    topSendingIndustries: rankIndustries(sending, names),
    topReceivingIndustries: rankIndustries(receiving, names),
  };
}

/** What the live flows of a period say besides their figures: pairs left out, nothing established, months ahead. */
export function liveFlowsNote(summary: FlowSummary, futureLabel: string | null): string | null {
  const notes: string[] = [];
  if (summary.excludedPairs) {
    notes.push(
      `訂正により差し引き0人以下となった業種の組み合わせ（${summary.excludedPairs}組、計${summary.excludedPeople}人）は含めていません。`,
    );
  }
  if (summary.totalPeople === 0) notes.push('集計値: この期間に成立した人数はありません（0人）。');
  if (futureLabel) notes.push(`${futureLabel}はまだ始まっていません。`);
  return notes.length ? notes.join('') : null;
}
