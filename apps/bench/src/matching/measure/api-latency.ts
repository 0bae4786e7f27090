// Client-side latency of the matching queries through the real API: HTTP, authentication, GraphQL, the live index,
// every factor scored and explained, the counterpart resolved — the selection the issue names.
import type { GraphqlClient } from '../support/graphql';
import { msSince, summarise, type LatencySummary } from '../support/stats';
import type { Ranked } from './ranking';

const ITEM_FIELDS = `rank score factors { factor weight value contribution } reasons gaps`;

export const MATCHES_FOR_SENDING_OFFER = `
  query BenchMatchesForSendingOffer($id: ID!, $first: Int!) {
    matchesForSendingOffer(id: $id, first: $first) {
      counterpartsIndexed counterpartsScored
      items { ${ITEM_FIELDS} receivingOffer { id } }
    }
  }`;

export const MATCHES_FOR_RECEIVING_OFFER = `
  query BenchMatchesForReceivingOffer($id: ID!, $first: Int!) {
    matchesForReceivingOffer(id: $id, first: $first) {
      counterpartsIndexed counterpartsScored
      items { ${ITEM_FIELDS} sendingOffer { id } }
    }
  }`;

interface MatchList {
  counterpartsIndexed: number;
  counterpartsScored: number;
  items: {
    receivingOffer?: { id: string };
    sendingOffer?: { id: string };
    score: number;
    factors: unknown[];
  }[];
}

export interface SideLatency {
  latency: LatencySummary;
  /** What the API returned per offer, to compare with the exhaustive baseline. */
  results: Map<string, Ranked[]>;
  counterpartsIndexed: number;
  /** Mean counterparts fully scored per query: the rest were pruned by bounds. */
  meanScored: number;
  meanItems: number;
}

export interface ApiLatency {
  /** The first ranking once `/health` said ready (the index loaded at start): should be like any other. */
  firstQueryMs: number;
  /** `{ me { id } }`: HTTP, authentication and GraphQL with no matching, the floor under every query. */
  floor: LatencySummary;
  sending: SideLatency;
  receiving: SideLatency;
}

async function matchesFor(
  client: GraphqlClient,
  side: 'sending' | 'receiving',
  id: string,
  first: number,
): Promise<MatchList> {
  if (side === 'sending') {
    const data = await client.request<{ matchesForSendingOffer: MatchList }>(MATCHES_FOR_SENDING_OFFER, {
      id,
      first,
    });
    return data.matchesForSendingOffer;
  }
  const data = await client.request<{ matchesForReceivingOffer: MatchList }>(MATCHES_FOR_RECEIVING_OFFER, {
    id,
    first,
  });
  return data.matchesForReceivingOffer;
}

async function measureSide(
  client: GraphqlClient,
  side: 'sending' | 'receiving',
  ids: readonly string[],
  first: number,
  progress: (done: number) => void,
): Promise<SideLatency> {
  const samples: number[] = [];
  const results = new Map<string, Ranked[]>();
  let scored = 0;
  let items = 0;
  let indexed = 0;
  for (const [i, id] of ids.entries()) {
    const start = process.hrtime.bigint();
    const list = await matchesFor(client, side, id, first);
    samples.push(msSince(start));
    if (list.items.some((item) => item.factors.length === 0)) {
      throw new Error(`matches for ${side} offer ${id}: an item came without its factors`);
    }
    results.set(
      id,
      list.items.map((item) => ({
        id: (item.receivingOffer ?? item.sendingOffer)?.id as string,
        score: item.score,
      })),
    );
    scored += list.counterpartsScored;
    items += list.items.length;
    indexed = list.counterpartsIndexed;
    if ((i + 1) % 50 === 0) progress(i + 1);
  }
  return {
    latency: summarise(samples),
    results,
    counterpartsIndexed: indexed,
    meanScored: scored / Math.max(1, ids.length),
    meanItems: items / Math.max(1, ids.length),
  };
}

export async function measureApiLatency(
  client: GraphqlClient,
  sendingIds: readonly string[],
  receivingIds: readonly string[],
  first: number,
  log: (line: string) => void,
): Promise<ApiLatency> {
  const start = process.hrtime.bigint();
  await matchesFor(client, 'sending', sendingIds[0], first);
  const firstQueryMs = msSince(start);
  log(`first ranking after readiness: ${firstQueryMs.toFixed(0)} ms`);
  // Warm-up: JIT and connection pool, on offers outside the measured set's order.
  for (const id of [...sendingIds].reverse().slice(0, 20)) await matchesFor(client, 'sending', id, first);
  for (const id of [...receivingIds].reverse().slice(0, 20)) await matchesFor(client, 'receiving', id, first);
  const floorSamples: number[] = [];
  for (let i = 0; i < sendingIds.length; i++) {
    const started = process.hrtime.bigint();
    await client.request<{ me: { id: string } }>('query BenchMe { me { id } }');
    floorSamples.push(msSince(started));
  }
  const sending = await measureSide(client, 'sending', sendingIds, first, (n) =>
    log(`  matchesForSendingOffer ${n}/${sendingIds.length}`),
  );
  const receiving = await measureSide(client, 'receiving', receivingIds, first, (n) =>
    log(`  matchesForReceivingOffer ${n}/${receivingIds.length}`),
  );
  return { firstQueryMs, floor: summarise(floorSamples), sending, receiving };
}
