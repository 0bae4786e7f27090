import type { DocumentNode } from 'graphql';

/** Variables longer than this (an uploaded file in base64) are checked every time rather than keyed. */
const MAX_KEY_LENGTH = 2_048;
/** Distinct variable sets remembered per document; a document asked with more starts over. */
const MAX_PER_DOCUMENT = 256;

/**
 * What the request checks concluded for a document (the parsed and validated document Apollo's own cache hands back
 * for the same text) with the same operation and variables: their cost, having passed every check. The checks are a
 * pure function of these, so a screen's repeated query is priced once; anything that failed is never remembered.
 */
export class PassedChecks {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  /** The key of an operation and its variables, or null when they are too large to be worth keying. */
  key(
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): string | null {
    let json: string;
    try {
      json = JSON.stringify(variables ?? {}, refuseLongStrings);
    } catch (error) {
      if (error instanceof KeyTooLong) return null;
      throw error;
    }
    const key = `${operationName ?? ''}\u0000${json}`;
    return key.length > MAX_KEY_LENGTH ? null : key;
  }

  costOf(document: DocumentNode, key: string | null): number | undefined {
    return key === null ? undefined : this.byDocument.get(document)?.get(key);
  }

  remember(document: DocumentNode, key: string | null, cost: number): void {
    if (key === null) return;
    let costs = this.byDocument.get(document);
    if (!costs || costs.size >= MAX_PER_DOCUMENT) {
      costs = new Map();
      this.byDocument.set(document, costs);
    }
    costs.set(key, cost);
  }
}

class KeyTooLong extends Error {}

/** Stops serialising at the first string that alone is too long (a file in base64 is never copied into a key). */
function refuseLongStrings(_name: string, value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_KEY_LENGTH) throw new KeyTooLong();
  return value;
}
