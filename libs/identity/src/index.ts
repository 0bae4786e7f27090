// STUB: replaced by the identity feature.
export * from './users/user.entity';
export { AuthGuard } from './auth/auth.guard';
export { IdentityModule } from './identity.module';
export { seedDemoUsers } from './seed/seed-demo-users';
