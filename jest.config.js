// `npm test`: every project's unit and integration specs, and the end-to-end suite in test/. Each project that
// touches the database gets its own fresh database and Redis key prefix (see libs/shared/testing/src/jest).
module.exports = {
  // Global options: project configs cannot set these when run together.
  testTimeout: 60000,
  testSequencer: '<rootDir>/test/jest-slow-first.sequencer.js',
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/libs/shared/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/test/jest.config.js',
    '<rootDir>/test/architecture/jest.config.js',
  ],
};
