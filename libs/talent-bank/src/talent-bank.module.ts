import { API_REFUSAL_RECORDER } from '@kakehashi/graphql-core';
import { identityEntities } from '@kakehashi/identity';
import { OffersModule, OccupationMajorGroupEntity, ReceivingOfferEntity } from '@kakehashi/offers';
import { CompanyEntity, OfficeEntity, OrganisationsModule, PrefectureEntity } from '@kakehashi/organisations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogActorResolver } from './access/access-log-actor.resolver';
import { AccessLogExportController } from './access/access-log-export.controller';
import { AccessLogService } from './access/access-log.service';
import { PersonalDataRefusalRecorder } from './access/personal-data-refusal.recorder';
import { TalentBankJobsModule } from './anonymisation/talent-bank-jobs.module';
import { TalentMatchingService } from './matching/talent-matching.service';
import { TalentBankOversightResolver } from './resolvers/outcomes.resolver';
import { RegistrantGuidanceResolver } from './resolvers/registrant-guidance.resolver';
import { RegistrantRevealResolver } from './resolvers/registrant-reveal.resolver';
import { RegistrantResolver } from './resolvers/registrant.resolver';
import { UserTalentBankWorkResolver } from './resolvers/user-talent-bank-work.resolver';
import {
  ReemploymentRelationsResolver,
  RegistrantRelationsResolver,
  SeniorOpeningRelationsResolver,
  SupportRequestRelationsResolver,
  WishesRelationsResolver,
} from './resolvers/relations.resolver';
import { SeniorOpeningResolver } from './resolvers/senior-opening.resolver';
import { SupportRequestResolver } from './resolvers/support-request.resolver';
import { TalentMatchingResolver } from './resolvers/talent-matching.resolver';
import { EligibilityCheckService } from './services/eligibility-check.service';
import { AccessLogQueryService } from './services/access-log-query.service';
import { ExportRegistrantService } from './services/export-registrant.service';
import { TalentBankOutcomesService } from './services/outcomes.service';
import { RecordReemploymentService } from './services/record-reemployment.service';
import { RegisterRegistrantService } from './services/register-registrant.service';
import { RegistrantLifecycleService } from './services/registrant-lifecycle.service';
import { RegistrantQueryService } from './services/registrant-query.service';
import { SeniorOpeningService } from './services/senior-opening.service';
import { SupportRequestService } from './services/support-request.service';
import { TalentBankRecords } from './services/talent-bank-records';
import { UpdateRegistrantService } from './services/update-registrant.service';
import { TALENT_BANK_ENTITIES } from './talent-bank-entities';

/**
 * Career Talent Bank (キャリア人材バンク): registrants aged 60 and over with their Job Card career and wishes, senior
 * openings and the matching both ways, re-employment outcomes and their yearly figures, the access log of personal
 * data, and (through TalentBankJobsModule) expiry and anonymisation. Needs a TypeORM root connection and the global
 * JobQueue; reads AppConfig (the encryption key, periods, sweep schedule) when provided.
 */
@Module({
  imports: [
    OrganisationsModule,
    OffersModule,
    TalentBankJobsModule,
    TypeOrmModule.forFeature([
      ...TALENT_BANK_ENTITIES,
      ...identityEntities,
      OfficeEntity,
      PrefectureEntity,
      CompanyEntity,
      OccupationMajorGroupEntity,
      ReceivingOfferEntity,
    ]),
  ],
  providers: [
    TalentBankRecords,
    AccessLogService,
    // The application's error filter writes refused personal-data operations to the access log through it.
    { provide: API_REFUSAL_RECORDER, useClass: PersonalDataRefusalRecorder },
    RegistrantQueryService,
    RegisterRegistrantService,
    UpdateRegistrantService,
    RegistrantLifecycleService,
    RecordReemploymentService,
    ExportRegistrantService,
    SeniorOpeningService,
    SupportRequestService,
    TalentMatchingService,
    TalentBankOutcomesService,
    AccessLogQueryService,
    RegistrantResolver,
    RegistrantRelationsResolver,
    WishesRelationsResolver,
    ReemploymentRelationsResolver,
    TalentMatchingResolver,
    SeniorOpeningResolver,
    SeniorOpeningRelationsResolver,
    SupportRequestResolver,
    SupportRequestRelationsResolver,
    TalentBankOversightResolver,
    EligibilityCheckService,
    RegistrantGuidanceResolver,
    RegistrantRevealResolver,
    UserTalentBankWorkResolver,
    AccessLogActorResolver,
  ],
  controllers: [AccessLogExportController],
  exports: [TalentBankOutcomesService, API_REFUSAL_RECORDER],
})
export class TalentBankModule {}
