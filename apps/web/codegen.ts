import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's committed schema and each feature's `*.graphql` operations (documents as exported
// constants, so each route's chunk carries only its own). `npm run codegen:check` (CI) fails when src/gql is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
};

export default config;
