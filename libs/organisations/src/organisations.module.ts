import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompanyEntity } from './companies/company.entity';
import { CompanyResolver } from './companies/company.resolver';
import { CompanyMaintenanceResolver } from './companies/jobs/company-maintenance.resolver';
import { RebuildCompanySearchKeysProcessor } from './companies/jobs/rebuild-company-search-keys.processor';
import { CompanyInputValidator } from './companies/services/company-input.validator';
import { CompanySearchService } from './companies/services/company-search.service';
import { CompanyWriteService } from './companies/services/company-write.service';
import { CorporateNumberRegistry } from './companies/services/corporate-number.registry';
import { OfficeEntity } from './offices/office.entity';
import { OfficeLoaderFactory } from './offices/office.loader';
import { OfficeResolver } from './offices/office.resolver';
import { JsicMajorGroupEntity } from './reference-data/jsic-major-group.entity';
import { PrefectureEntity } from './reference-data/prefecture.entity';
import { ReferenceDataResolver } from './reference-data/reference-data.resolver';

/**
 * Reference data, offices and companies. Needs a TypeORM root connection and, for the maintenance job, the global
 * JobQueue of JobsModule; the job's processor is registered here so apps/worker runs it by importing this module.
 */
@Module({
  imports: [TypeOrmModule.forFeature([JsicMajorGroupEntity, PrefectureEntity, OfficeEntity, CompanyEntity])],
  providers: [
    ReferenceDataResolver,
    OfficeResolver,
    OfficeLoaderFactory,
    CompanyInputValidator,
    CorporateNumberRegistry,
    CompanySearchService,
    CompanyWriteService,
    CompanyResolver,
    CompanyMaintenanceResolver,
    RebuildCompanySearchKeysProcessor,
  ],
  exports: [OfficeLoaderFactory, CompanySearchService, TypeOrmModule],
})
export class OrganisationsModule {}
