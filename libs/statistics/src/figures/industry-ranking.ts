import type { IndustryFlowCell, IndustryPeople } from '../statistics.types';
import type { FlowCount } from '../services/statistics-readers';

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
  crossIndustryPeople: number;
  crossIndustryShare: number | null;
  matrix: IndustryFlowCell[];
  topSendingIndustries: IndustryPeople[];
  topReceivingIndustries: IndustryPeople[];
}

/** The matrix, both rankings and the cross-industry share of a set of sending × receiving counts. */
export function summariseFlows(flows: FlowCount[], names: Map<string, string>): FlowSummary {
  const sending = new Map<string, number>();
  const receiving = new Map<string, number>();
  let totalPeople = 0;
  let crossIndustryPeople = 0;
  for (const flow of flows) {
    sending.set(flow.sendingJsicCode, (sending.get(flow.sendingJsicCode) ?? 0) + flow.people);
    receiving.set(flow.receivingJsicCode, (receiving.get(flow.receivingJsicCode) ?? 0) + flow.people);
    totalPeople += flow.people;
    if (flow.sendingJsicCode !== flow.receivingJsicCode) crossIndustryPeople += flow.people;
  }
  const matrix = flows
    .filter((flow) => flow.people !== 0)
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
    crossIndustryPeople,
    crossIndustryShare: sharePercent(crossIndustryPeople, totalPeople),
    matrix,
    topSendingIndustries: rankIndustries(sending, names),
    topReceivingIndustries: rankIndustries(receiving, names),
  };
}
