import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';

// The module-boundary rule reads Nx's cached project graph and, when there is none (a fresh clone, before any nx
// command), skips itself with a warning. Compute the graph first, so a plain `npx eslint` (or an editor) checks
// boundaries too; if it cannot be computed, this fails loudly.
try {
  readCachedProjectGraph();
} catch {
  await createProjectGraphAsync({ exitOnError: true });
  readCachedProjectGraph();
}

/**
 * Module boundaries: domains (scope:organisations, scope:identity, later matching, cases, …) reach shared
 * infrastructure and only the domains they are allowed to; apps compose everything.
 */
/** Shared code and every domain: what the composition (platform) and the apps may reach. */
const EVERY_DOMAIN = [
  'scope:shared',
  'scope:organisations',
  'scope:identity',
  'scope:offers',
  'scope:matching',
  'scope:notifications',
  'scope:cases',
  'scope:partners',
  'scope:referrals',
  'scope:statistics',
  'scope:talent-bank',
  'scope:jobcard',
];

const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:organisations', onlyDependOnLibsWithTags: ['scope:shared'] },
  {
    // The Job Card attaches sheets, plans and estimates to cases, registrants and client companies; none of those
    // libraries depends on it (a case's guard reaches it through the cases library's stage-guard registry).
    sourceTag: 'scope:jobcard',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:organisations',
      'scope:identity',
      'scope:offers',
      'scope:matching',
      'scope:cases',
      'scope:talent-bank',
    ],
  },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:shared', 'scope:organisations'] },
  { sourceTag: 'scope:offers', onlyDependOnLibsWithTags: ['scope:shared', 'scope:organisations'] },
  {
    sourceTag: 'scope:notifications',
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:organisations', 'scope:identity'],
  },
  {
    sourceTag: 'scope:cases',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:organisations',
      'scope:identity',
      'scope:offers',
      'scope:matching',
      'scope:notifications',
    ],
  },
  {
    sourceTag: 'scope:partners',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:organisations',
      'scope:identity',
      'scope:notifications',
    ],
  },
  {
    sourceTag: 'scope:referrals',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:organisations',
      'scope:identity',
      'scope:offers',
      'scope:notifications',
      'scope:partners',
      'scope:referrals',
    ],
  },
  {
    sourceTag: 'scope:statistics',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:organisations',
      'scope:identity',
      'scope:offers',
      'scope:cases',
      'scope:partners',
      // The dashboard's exports include the re-employment figures (aggregates only).
      'scope:talent-bank',
    ],
  },
  {
    sourceTag: 'scope:matching',
    // identity: the User type, which gains `runsAssignment` (the web app's menu).
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:organisations', 'scope:offers', 'scope:identity'],
  },
  {
    sourceTag: 'scope:talent-bank',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:organisations',
      'scope:identity',
      'scope:offers',
      'scope:matching',
      'scope:notifications',
    ],
  },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: EVERY_DOMAIN },
  {
    sourceTag: 'scope:api',
    onlyDependOnLibsWithTags: [...EVERY_DOMAIN, 'scope:platform'],
  },
  {
    sourceTag: 'scope:worker',
    onlyDependOnLibsWithTags: [...EVERY_DOMAIN, 'scope:platform'],
  },
  {
    sourceTag: 'scope:cli',
    onlyDependOnLibsWithTags: [...EVERY_DOMAIN, 'scope:platform'],
  },
  // The browser app and its primitives never reach server code (it would drag Node and secrets into the bundle).
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['*'] },
  // Benchmarks drive the apps and read every lib, like the end-to-end suite.
  { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  // type:testing (test databases, builders, the header guard) is for tests only: see TEST_ONLY_LIBRARY below.
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:util', 'type:infra', 'type:testing'] },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:util', 'type:infra', 'type:feature', 'type:testing'],
  },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:util', 'type:infra', 'type:feature', 'type:composition'],
  },
];

const ENUM_LABELS_FILE = 'libs/shared/graphql-core/src/enum-labels/enum-labels.ts';
// Every GraphQL enum value needs its Japanese label (served by `enumLabels`, shown as the schema's descriptions).
const ENUM_REGISTRATION = {
  name: '@nestjs/graphql',
  importNames: ['registerEnumType'],
  message: 'Register enums with registerLabelledEnum (@kakehashi/graphql-core), with their Japanese labels.',
};
// @kakehashi/testing trusts a caller named in a request header and builds scratch databases: tests only.
const TEST_ONLY_LIBRARY = {
  name: '@kakehashi/testing',
  message:
    '@kakehashi/testing is for tests only (it trusts an x-test-user header); never import it from product code.',
};
/** Where tests and test tooling live; only these may import @kakehashi/testing. */
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/__tests__/**',
  'test/**',
  'libs/shared/testing/**',
  'apps/web/e2e/**',
  // The benchmarks build scratch databases and start the product as the tests do; they never ship.
  'apps/bench/**',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  prettier,
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/tmp',
      'prisma/.embedded',
      '**/jest.config.js',
      'jest.preset.js',
      'jest.config.js',
      'coverage',
      'apps/web/src/gql',
      'apps/web/test-results',
      'apps/web/playwright-report',
      'apps/web/screenshots',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'libs/web-ui/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      // Japanese text uses the ideographic space (U+3000).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    // Browser tests print nothing, but their support may log the API's start-up failure.
    files: ['apps/web/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [ENUM_LABELS_FILE],
    rules: { 'no-restricted-imports': ['error', { paths: [ENUM_REGISTRATION, TEST_ONLY_LIBRARY] }] },
  },
  {
    files: TEST_FILES,
    ignores: [ENUM_LABELS_FILE],
    rules: { 'no-restricted-imports': ['error', { paths: [ENUM_REGISTRATION] }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
