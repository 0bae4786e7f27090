// Comparing two top-k lists: the API's pruned search must return exactly the exhaustive baseline's items.

export interface Ranked {
  id: string;
  score: number;
}

/** Scores travel through JSON as doubles; the same arithmetic gives the same bits, a hair of slack covers printing. */
const SCORE_TOLERANCE = 1e-9;

/** Why two rankings differ, or null when they hold the same ids in the same order with the same scores. */
export function rankingDifference(expected: readonly Ranked[], actual: readonly Ranked[]): string | null {
  if (expected.length !== actual.length) return `${actual.length} items instead of ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i].id !== actual[i].id) {
      return `rank ${i + 1}: ${actual[i].id} (${actual[i].score}) instead of ${expected[i].id} (${expected[i].score})`;
    }
    if (Math.abs(expected[i].score - actual[i].score) > SCORE_TOLERANCE) {
      return `rank ${i + 1}: score ${actual[i].score} instead of ${expected[i].score}`;
    }
  }
  return null;
}
