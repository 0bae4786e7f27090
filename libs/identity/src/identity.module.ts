import { AppConfig } from '@kakehashi/config';
import { OfficeEntity, PrefectureEntity } from '@kakehashi/organisations';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthCacheLifecycle } from './auth/cache/auth-cache.lifecycle';
import { AccessTokenService, jwtModuleOptions } from './auth/access-token.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthenticationService } from './auth/authentication.service';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { PasswordHasher } from './passwords/password-hasher';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { UserSessionEntity } from './sessions/user-session.entity';
import { UserAdministrationService } from './users/services/user-administration.service';
import { UserDirectoryService } from './users/services/user-directory.service';
import { UserEntity } from './users/user.entity';
import { UserAdministrationWorkResolver } from './users/user-administration-work.resolver';
import { UserOfficeResolver } from './users/user-office.resolver';
import { UsersResolver } from './users/users.resolver';

/**
 * Sign-in, tokens, browsers' cookie sessions and user administration. Exports AuthenticationService and
 * SessionService for the global AuthGuard, which the API registers as APP_GUARD. Needs ConfigModule (AppConfig) and TypeORM from the app.
 */
@Module({
  imports: [
    // Offices are read to validate placements; PrefectureEntity only because OfficeEntity relates to it.
    TypeOrmModule.forFeature([UserEntity, UserSessionEntity, OfficeEntity, PrefectureEntity]),
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: jwtModuleOptions }),
  ],
  providers: [
    PasswordHasher,
    AccessTokenService,
    LoginRateLimiter,
    AuthenticationService,
    AuthCacheLifecycle,
    UserDirectoryService,
    UserAdministrationService,
    SessionService,
    AuthResolver,
    SessionResolver,
    UsersResolver,
    UserOfficeResolver,
    UserAdministrationWorkResolver,
  ],
  exports: [AuthenticationService, SessionService, UserDirectoryService],
})
export class IdentityModule {}
