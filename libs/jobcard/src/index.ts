export * from './shared/rule-finding';
export * from './shared/format-yen';
export * from './subsidies';
export * from './dispatch-reports';
