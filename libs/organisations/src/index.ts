export * from './companies/company.entity';
export * from './offices/office.entity';
export * from './reference-data/jsic-major-group.entity';
export * from './reference-data/prefecture.entity';
export { OrganisationsModule } from './organisations.module';
export { seedDemoCompanies } from './seed/seed-demo-companies';
export { seedReferenceData } from './seed/seed-reference-data';
