// Architecture: the house rules read from the source tree (layout, file sizes, table ownership, lint rules). No
// database, no Redis.
module.exports = {
  displayName: 'architecture',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
