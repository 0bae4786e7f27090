import DataLoader from 'dataloader';

/**
 * Per-request DataLoader cache, put in the GraphQL context. Each domain asks for its own loader by name, so
 * relations resolve in one batched query per type and request without the domains knowing one another.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results as DataLoader requires: one result per key, in key order. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => map.get(key) ?? null);
}

export interface GraphqlContext {
  req: { headers: Record<string, string | string[] | undefined>; ip?: string; id?: unknown; user?: unknown };
  res?: unknown;
  loaders: RequestLoaders;
}
