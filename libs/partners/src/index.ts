export * from './partner-enums';
export * from './partner-entities';
export * from './institutions/partner-institution.entity';
export * from './branches/partner-branch.entity';
export * from './agreements/partner-agreement.entity';
export * from './contacts/partner-contact.entity';
export { PartnersModule } from './partners.module';
export { seedPartnerReferenceData } from './seed/seed-partner-reference-data';
export { seedDemoPartners } from './seed/seed-demo-partners';
export { PartnerInstitutionModel } from './institutions/partner-institution.model';
export { PartnerBranchModel } from './branches/partner-branch.model';
export { PartnerAgreementModel, PartnerAgreementCountsModel } from './agreements/partner-agreement.model';
export { PartnerContactModel } from './contacts/partner-contact.model';
export { PartnerInstitutionQueryService } from './institutions/services/partner-institution-query.service';
export { PartnerRecords } from './institutions/services/partner-records';
export {
  PartnerAgreementCountsService,
  type PartnerAgreementCounts,
} from './agreements/services/partner-agreement-counts.service';
export { AGREEMENT_COUNT_READERS } from './partners-roles';
export { PartnerException, PartnerExceptionCode } from './partner.exception';
export { inForceOn } from './agreements/services/partner-dates';
