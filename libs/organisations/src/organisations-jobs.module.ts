import { Module } from '@nestjs/common';
import { OrganisationsModule } from './organisations.module';

/**
 * What apps/worker runs of this module: the companies' search-key rebuild. Its processor needs the company services,
 * so this imports the whole module (the API imports OrganisationsModule itself).
 */
@Module({ imports: [OrganisationsModule] })
export class OrganisationsJobsModule {}
