export * from './users/user.entity';
export { UserModel } from './users/user.model';
export { AuthGuard, bearerToken } from './auth/auth.guard';
export { AuthenticationService } from './auth/authentication.service';
export { IdentityModule } from './identity.module';
export { IdentityException, IdentityExceptionCode } from './identity.exception';
export { toApiError as toIdentityApiError } from './identity-errors';
export {
  UserAdministrationService,
  type NewUser,
  type UserChanges,
} from './users/services/user-administration.service';
export { UserDirectoryService } from './users/services/user-directory.service';
export { identityEntities } from './identity-entities';
export { seedDemoUsers } from './seed/seed-demo-users';
