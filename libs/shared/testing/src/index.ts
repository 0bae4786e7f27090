export * from './jest/test-run';
export * from './scratch-database';
export * from './builders';
export * from './processes';
export * from './query-counter';
export * from './lock-waits';
export * from './header-auth.guard';
export * from './graphql/graphql-test-app';
