// Shared Jest settings for every project. SWC only transpiles (type errors are caught by `npm run typecheck`), which
// keeps the suite fast on a 2-core CI machine; ts-jest is used only for its mapping of tsconfig's path aliases.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          // As tsconfig.base.json compiles it: legacy decorators with their design-type metadata (Nest's DI, TypeORM,
          // class-validator and @nestjs/graphql read it), ES2022 class fields.
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: __dirname + '/' }),
  testTimeout: 30000,
};
