export * from './auth-user';
export * from './decorators';
export * from './role';
