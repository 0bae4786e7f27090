export * from './shared/rule-finding';
export * from './evaluation-sheets';
export * from './retry';
