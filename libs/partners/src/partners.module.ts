import { identityEntities, UserAdministrationService } from '@kakehashi/identity';
import { OfficeEntity, PrefectureEntity } from '@kakehashi/organisations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PARTNER_ENTITIES } from './partner-entities';
import { PartnerAgreementResolver } from './agreements/partner-agreement.resolver';
import { PartnerBranchResolver } from './branches/partner-branch.resolver';
import { PartnerContactResolver } from './contacts/partner-contact.resolver';
import { PartnerInstitutionResolver } from './institutions/partner-institution.resolver';
import { PartnerUsersResolver } from './partner-users/partner-users.resolver';
import { UserPartnerManagementResolver } from './partner-users/user-partner-management.resolver';
import { CreatePartnerInstitutionService } from './institutions/services/create-partner-institution.service';
import { CreatePartnerUserService } from './partner-users/services/create-partner-user.service';
import { PartnerAgreementCountsService } from './agreements/services/partner-agreement-counts.service';
import { PartnerAgreementWriteService } from './agreements/services/partner-agreement-write.service';
import { PartnerBranchWriteService } from './branches/services/partner-branch-write.service';
import { PartnerContactWriteService } from './contacts/services/partner-contact-write.service';
import { PartnerInstitutionQueryService } from './institutions/services/partner-institution-query.service';
import { PartnerRecords } from './institutions/services/partner-records';
import { PartnerUserActivationService } from './partner-users/services/partner-user-activation.service';
import { PartnerUserDirectoryService } from './partner-users/services/partner-user-directory.service';
import { PartnerLoaders } from './institutions/services/partner.loaders';
import { UpdatePartnerInstitutionService } from './institutions/services/update-partner-institution.service';
import { UpdatePartnerUserService } from './partner-users/services/update-partner-user.service';

/**
 * Partner institutions (banks, business associations, unions, government bodies), their branches, agreements and
 * contacts, and partner user accounts. Needs a TypeORM root connection. The user entities are registered because the
 * users table references the partner tables (see entities/user-partner-links.ts) and partner accounts are made here.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...PARTNER_ENTITIES, ...identityEntities, OfficeEntity, PrefectureEntity]),
  ],
  providers: [
    PartnerRecords,
    PartnerLoaders,
    PartnerInstitutionQueryService,
    CreatePartnerInstitutionService,
    UpdatePartnerInstitutionService,
    PartnerBranchWriteService,
    PartnerAgreementWriteService,
    PartnerContactWriteService,
    PartnerAgreementCountsService,
    // IdentityModule keeps its administration service to itself; the same rules on the application's DataSource.
    {
      provide: UserAdministrationService,
      useFactory: (dataSource: DataSource) => UserAdministrationService.forDataSource(dataSource),
      inject: [DataSource],
    },
    CreatePartnerUserService,
    PartnerUserDirectoryService,
    UpdatePartnerUserService,
    PartnerUserActivationService,
    PartnerInstitutionResolver,
    PartnerBranchResolver,
    PartnerAgreementResolver,
    PartnerContactResolver,
    PartnerUsersResolver,
    UserPartnerManagementResolver,
  ],
  exports: [PartnerInstitutionQueryService, PartnerRecords],
})
export class PartnersModule {}
