export * from './talent-bank-enums';
export * from './talent-bank-entities';
export * from './registrants/registrant.entity';
export * from './support-requests/support-request.entity';
export * from './senior-openings/senior-opening.entity';
export * from './registrants/reemployment.entity';
export * from './access/access-log.entity';
export * from './registrants/consent-purpose.entity';
export { TalentBankModule } from './talent-bank.module';
export { TalentBankJobsModule } from './talent-bank-jobs.module';
export {
  TalentBankOutcomesService,
  fiscalYearOf,
  type TalentBankOutcomes,
} from './outcomes/outcomes.service';
export { OutcomesModel as TalentBankOutcomesModel } from './outcomes/outcome.model';
export { OUTCOME_READERS as TALENT_BANK_OUTCOME_READERS } from './talent-bank-roles';
export { seedTalentBankReferenceData } from './seed/seed-talent-bank-reference-data';
export { TalentBankException, TalentBankExceptionCode } from './talent-bank.exception';
export { PersonalDataCipher, encryptionKeyId } from './crypto/personal-data-cipher';
export { seedDemoTalentBank } from './seed/seed-demo-talent-bank';
export { selectedFieldsAt } from './access/selected-fields';
export { PersonalDataRefusalRecorder } from './access/personal-data-refusal.recorder';
export { RegistrantModel } from './registrants/registrant.model';
export { RegistrantErasureHooks, type RegistrantErasureHook } from './anonymisation/registrant-erasure-hooks';
export { AnonymiseRegistrantService } from './anonymisation/anonymise-registrant.service';
export { AccessLogService as TalentBankAccessLogService, accessContext } from './access/access-log.service';
