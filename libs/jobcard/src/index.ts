export * from './shared/rule-finding';
