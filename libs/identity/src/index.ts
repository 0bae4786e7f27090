export * from './users/user.entity';
export { UserModel } from './users/user.model';
export { AuthGuard, bearerToken, type AuthenticatedRequest } from './auth/auth.guard';
export { AuthenticationService } from './auth/authentication.service';
export { SessionService } from './sessions/session.service';
export { UserSessionEntity } from './sessions/user-session.entity';
export { SESSION_COOKIE } from './sessions/session-cookie';
export { isSameOriginRequest } from './sessions/same-origin';
export { IdentityModule } from './identity.module';
export { IDENTITY_API_ERRORS, IdentityException, IdentityExceptionCode } from './identity.exception';
export {
  UserAdministrationService,
  type NewUser,
  type UserChanges,
} from './users/services/user-administration.service';
export { UserDirectoryService } from './users/services/user-directory.service';
export { identityEntities } from './identity-entities';
export { seedDemoUsers } from './seed/seed-demo-users';
export { USER_ADMINISTRATORS, USER_READERS } from './identity-roles';
export { AuthCacheLifecycle } from './auth/cache/auth-cache.lifecycle';
export { AuthStateCache } from './auth/cache/auth-state-cache';
