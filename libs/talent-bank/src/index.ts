export * from './talent-bank-enums';
export * from './talent-bank-entities';
export * from './entities/registrant.entity';
export * from './entities/support-request.entity';
export * from './entities/senior-opening.entity';
export * from './entities/reemployment.entity';
export * from './entities/access-log.entity';
export * from './entities/consent-purpose.entity';
export { TalentBankModule } from './talent-bank.module';
export { TalentBankJobsModule } from './anonymisation/talent-bank-jobs.module';
export {
  TalentBankOutcomesService,
  fiscalYearOf,
  type TalentBankOutcomes,
} from './services/outcomes.service';
export { OutcomesModel as TalentBankOutcomesModel } from './models/outcome.models';
export { OUTCOME_READERS as TALENT_BANK_OUTCOME_READERS } from './access/talent-bank-roles';
export { seedTalentBankReferenceData } from './seed/seed-talent-bank-reference-data';
export { TalentBankException, TalentBankExceptionCode } from './talent-bank.exception';
export { PersonalDataCipher, encryptionKeyId } from './crypto/personal-data-cipher';
export { seedDemoTalentBank } from './seed/seed-demo-talent-bank';
