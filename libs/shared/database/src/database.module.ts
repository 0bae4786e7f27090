import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions } from './data-source-options';

export interface DatabaseModuleOptions {
  url: string;
  poolSize: number;
  applicationName: string;
}

/** TypeORM for the Nest apps; entities come from the domain modules' `TypeOrmModule.forFeature`. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({ ...options, entities: [] }),
          autoLoadEntities: true,
          // Fail fast at boot rather than retrying for minutes against a database that is not there.
          retryAttempts: 2,
          retryDelay: 1000,
        }),
      ],
    };
  }
}
