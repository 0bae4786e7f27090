// Builders and a Nest testing module for the matching integration tests. Offers are inserted with SQL (the offers
// library's own tests cover its use cases); every test makes its data unique, because the files share one database.
import {
  officeId as officeIdOf,
  randomCorporateNumber,
  staffUser,
  testPoolSize,
  uniqueTag,
} from '@kakehashi/testing';
import { Role, type AuthUser } from '@kakehashi/authz';
import { buildDataSourceOptions } from '@kakehashi/database';
import { companyNameSearchKey } from '@kakehashi/text';
import { JobsModule } from '@kakehashi/jobs';
import type { DynamicModule, LoggerService, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MatchingModule } from '../matching.module';

export { officeId as officeIdOf, randomCorporateNumber, staffUser, uniqueTag } from '@kakehashi/testing';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

/** `logger`: where Nest's log lines go (Nest's console logger when absent). */
export async function matchingTestingModule(
  imports: (DynamicModule | Type)[] = [],
  logger?: LoggerService,
): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: testPoolSize(),
          entities: [],
          applicationName: 'matching-test',
        }),
        autoLoadEntities: true,
      }),
      JobsModule.forRoot({
        redisUrl: requiredEnv('REDIS_URL'),
        prefix: requiredEnv('REDIS_PREFIX'),
        runProcessors: false,
      }),
      MatchingModule,
      ...imports,
    ],
  }).compile();
  if (logger) moduleRef.useLogger(logger);
  await moduleRef.init();
  return moduleRef;
}

export interface CompanySpec {
  name?: string;
  prefectureCode?: string;
  jsicMajorCode?: string;
  officeCode?: string;
}

export async function insertCompany(dataSource: DataSource, spec: CompanySpec = {}): Promise<string> {
  const prefectureCode = spec.prefectureCode ?? '13';
  const name = spec.name ?? `株式会社マッチ試験${uniqueTag()}`;
  const rows = await dataSource.query<{ id: string }[]>(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "version")
     VALUES ($1, $6, $2, $3, $4, 'SME', (SELECT "id" FROM "offices" WHERE "code" = $5), 1) RETURNING "id"`,
    [
      name,
      randomCorporateNumber(),
      spec.jsicMajorCode ?? 'E',
      prefectureCode,
      spec.officeCode ?? prefectureCode,
      companyNameSearchKey(name),
    ],
  );
  return rows[0].id;
}

type Row = Record<string, unknown>;

async function insertRow(dataSource: DataSource, table: string, values: Row): Promise<string> {
  const columns = Object.keys(values);
  const rows = await dataSource.query<{ id: string }[]>(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}, "version")
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, 1) RETURNING "id"`,
    columns.map((c) => values[c]),
  );
  return rows[0].id;
}

/** The jsonb of an offer's skills (as a string: pg would send a JS array as a PostgreSQL array). */
function skillsJson(labels: string[]): string {
  return JSON.stringify(labels.map((label) => ({ skillId: null, label, key: label })));
}

export interface SendingSpec {
  companyId: string;
  officeCode: string;
  jobTitle?: string;
  occupationCode?: string;
  moveType?: 'SECONDMENT' | 'TRANSFER' | 'EITHER';
  people?: number;
  skills?: string[];
  monthlyWage?: number | null;
  desiredPeriodMonths?: number | null;
  acceptablePrefectureCodes?: string[];
  conditions?: string[];
  status?: 'OPEN' | 'IN_PROGRESS' | 'CLOSED';
}

export async function insertSendingOffer(dataSource: DataSource, spec: SendingSpec): Promise<string> {
  const skills = spec.skills ?? [];
  return insertRow(dataSource, 'sending_offers', {
    company_id: spec.companyId,
    owning_office_id: await officeIdOf(dataSource, spec.officeCode),
    received_on: '2026-11-01',
    move_type: spec.moveType ?? 'SECONDMENT',
    people_count: spec.people ?? 1,
    people_available: spec.people ?? 1,
    reason: 'EMPLOYMENT_ADJUSTMENT',
    occupation_code: spec.occupationCode ?? 'H',
    job_title: spec.jobTitle ?? '製造ラインのオペレーター',
    skills: skillsJson(skills),
    skill_keys: skills,
    monthly_wage: spec.monthlyWage === undefined ? 300000 : spec.monthlyWage,
    desired_period_months: spec.desiredPeriodMonths === undefined ? 12 : spec.desiredPeriodMonths,
    acceptable_prefecture_codes: spec.acceptablePrefectureCodes ?? [],
    conditions: spec.conditions ?? [],
    status: spec.status ?? 'OPEN',
  });
}

export interface ReceivingSpec {
  companyId: string;
  officeCode: string;
  workplacePrefectureCode: string;
  jobTitle?: string;
  duties?: string;
  occupationCode?: string;
  acceptsSecondment?: boolean;
  acceptsTransfer?: boolean;
  people?: number;
  requiredSkills?: string[];
  monthlyWage?: number | null;
  periodMonths?: number | null;
  conditions?: string[];
}

export async function insertReceivingOffer(dataSource: DataSource, spec: ReceivingSpec): Promise<string> {
  const required = spec.requiredSkills ?? [];
  return insertRow(dataSource, 'receiving_offers', {
    company_id: spec.companyId,
    owning_office_id: await officeIdOf(dataSource, spec.officeCode),
    received_on: '2026-11-01',
    accepts_secondment: spec.acceptsSecondment ?? true,
    accepts_transfer: spec.acceptsTransfer ?? false,
    people_wanted: spec.people ?? 1,
    people_remaining: spec.people ?? 1,
    occupation_code: spec.occupationCode ?? 'H',
    job_title: spec.jobTitle ?? '製造ラインのオペレーター',
    duties: spec.duties ?? null,
    required_skills: skillsJson(required),
    required_skill_keys: required,
    monthly_wage: spec.monthlyWage === undefined ? 300000 : spec.monthlyWage,
    period_months: spec.periodMonths === undefined ? 12 : spec.periodMonths,
    workplace_prefecture_code: spec.workplacePrefectureCode,
    conditions: spec.conditions ?? [],
  });
}

export const consultantOf = (officeId: string): AuthUser => staffUser(Role.CONSULTANT, officeId);
