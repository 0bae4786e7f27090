// Runs the few long test files first. In a fresh clone Jest has no timings yet and orders by file size, which left
// the longest files (the fuzz, the worker crash) to start last and run alone at the end while the other workers idled.
const Sequencer = require('@jest/test-sequencer').default;

/** The files that take 30 s or more in CI, longest first. */
const SLOW_FIRST = [
  'test/e2e/operation-fuzz.e2e-spec.ts',
  'libs/referrals/src/imports/__tests__/import-worker-crash.int-spec.ts',
  'apps/bench/src/__tests__/bench-web.int-spec.ts',
  'apps/bench/src/__tests__/bench-api.int-spec.ts',
  'apps/cli/src/commands/user.commands.int-spec.ts',
  'test/e2e/referral-isolation.e2e-spec.ts',
];

const rank = (path) => {
  const index = SLOW_FIRST.findIndex((suffix) => path.endsWith(suffix));
  return index === -1 ? SLOW_FIRST.length : index;
};

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered].sort((a, b) => rank(a.path) - rank(b.path));
  }
}

module.exports = SlowFirstSequencer;
