export * from './partner-enums';
export * from './partner-entities';
export * from './entities/partner-institution.entity';
export * from './entities/partner-branch.entity';
export * from './entities/partner-agreement.entity';
export * from './entities/partner-contact.entity';
export { PartnersModule } from './partners.module';
export { seedPartnerReferenceData } from './seed/seed-partner-reference-data';
export { seedDemoPartners } from './seed/seed-demo-partners';
export {
  PartnerInstitutionModel,
  PartnerBranchModel,
  PartnerAgreementModel,
  PartnerContactModel,
  PartnerAgreementCountsModel,
} from './models/partner.models';
export { PartnerInstitutionQueryService } from './services/partner-institution-query.service';
export { PartnerRecords } from './services/partner-records';
export {
  PartnerAgreementCountsService,
  type PartnerAgreementCounts,
} from './services/partner-agreement-counts.service';
export { AGREEMENT_COUNT_READERS } from './resolvers/partner-roles';
export { PartnerException, PartnerExceptionCode } from './partner.exception';
export { inForceOn } from './rules/partner-dates';
