export * from './app-config';
export * from './config.module';
export * from './environment-variables';
export * from './validate-environment';
