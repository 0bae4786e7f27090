module.exports = {
  displayName: 'jobcard',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/../../libs/shared/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/shared/testing/src/jest/global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
};
