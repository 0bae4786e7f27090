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
import { TalentBankJobsModule } from './talent-bank-jobs.module';
import { TalentMatchingService } from './matching/talent-matching.service';
import { TalentBankOversightResolver } from './outcomes/outcomes.resolver';
import { TalentBankAccessLogResolver } from './access/access-log.resolver';
import { SeniorOpeningRelationsResolver } from './senior-openings/senior-opening-relations.resolver';
import { SupportRequestRelationsResolver } from './support-requests/support-request-relations.resolver';
import { RegistrantGuidanceResolver } from './registrants/registrant-guidance.resolver';
import { RegistrantRevealResolver } from './registrants/registrant-reveal.resolver';
import { RegistrantResolver } from './registrants/registrant.resolver';
import { UserTalentBankWorkResolver } from './access/user-talent-bank-work.resolver';
import {
  ReemploymentRelationsResolver,
  RegistrantRelationsResolver,
  WishesRelationsResolver,
} from './registrants/registrant-relations.resolver';
import { SeniorOpeningResolver } from './senior-openings/senior-opening.resolver';
import { SupportRequestResolver } from './support-requests/support-request.resolver';
import { TalentMatchingResolver } from './matching/talent-matching.resolver';
import { EligibilityCheckService } from './registrants/services/eligibility-check.service';
import { AccessLogQueryService } from './access/access-log-query.service';
import { ExportRegistrantService } from './registrants/services/export-registrant.service';
import { TalentBankOutcomesService } from './outcomes/outcomes.service';
import { RecordReemploymentService } from './registrants/services/record-reemployment.service';
import { RegisterRegistrantService } from './registrants/services/register-registrant.service';
import { RegistrantLifecycleService } from './registrants/services/registrant-lifecycle.service';
import { RegistrantQueryService } from './registrants/services/registrant-query.service';
import { SeniorOpeningService } from './senior-openings/senior-opening.service';
import { SupportRequestService } from './support-requests/support-request.service';
import { TalentBankRecords } from './shared/talent-bank-records';
import { UpdateRegistrantService } from './registrants/services/update-registrant.service';
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
    PersonalDataRefusalRecorder,
    { provide: API_REFUSAL_RECORDER, useExisting: PersonalDataRefusalRecorder },
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
    TalentBankAccessLogResolver,
    EligibilityCheckService,
    RegistrantGuidanceResolver,
    RegistrantRevealResolver,
    UserTalentBankWorkResolver,
    AccessLogActorResolver,
  ],
  controllers: [AccessLogExportController],
  // AccessLogService: other modules that read a registrant's personal data (the Job Card's eligibility) log it here.
  exports: [TalentBankOutcomesService, API_REFUSAL_RECORDER, PersonalDataRefusalRecorder, AccessLogService],
})
export class TalentBankModule {}
