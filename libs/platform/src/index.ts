export * from './prepare-database';
