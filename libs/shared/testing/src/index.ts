export * from './jest/test-run';
export * from './scratch-database';
export * from './builders';
export * from './processes';
