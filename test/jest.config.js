// End-to-end: the API started for real (in this process, on a free port) and driven over HTTP; plus the README's
// commands run as child processes. Own database and Redis prefix per run, like every other project.
module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  globalSetup: '<rootDir>/../libs/shared/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../libs/shared/testing/src/jest/global-teardown.ts',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  testTimeout: 60000,
};
