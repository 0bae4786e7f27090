// The board's integration tests: CasesModule on the real database (migrated by the Jest global setup) behind the
// GraphQL endpoint of @kakehashi/testing (the API's schema, guard, validation and error filter), and a query counter
// to prove relations are batched. Every test opens its own cases under a consultant of its own, so other tests' cases
// (the database is shared) never change its counts.
import { Role, type AuthUser } from '@kakehashi/authz';
import { buildDataSourceOptions } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { MoveType } from '@kakehashi/offers';
import {
  GraphqlTestClient,
  graphqlTestModule,
  QueryCounter,
  testPoolSize,
  uniqueTag,
} from '@kakehashi/testing';
import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { insertOfferPair, insertUser, type OfferPairOptions } from '../../__tests__/case-test-kit';
import type { CaseEntity } from '../../cases/case.entity';
import { CasesModule } from '../../cases.module';
import { CreateCaseService } from '../../cases/services/create-case.service';
import { CaseStage } from '../../workflow/case-stage';
import { CaseBoardService } from '../case-board.service';
import { CaseListService } from '../case-list.service';

export { insertUser, Role };

export interface BoardKit {
  app: INestApplication;
  dataSource: DataSource;
  boards: CaseBoardService;
  lists: CaseListService;
  creator: CreateCaseService;
  counter: QueryCounter;
  /** Opens cases (any office may be named as a side by headquarters). */
  hq: AuthUser;
  /** Operations over HTTP as a given user. */
  client: GraphqlTestClient;
  close(): Promise<void>;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through the Jest global setup`);
  return value;
}

/**
 * CasesModule behind a GraphQL endpoint, on the real database; jobs stay in this process and none run (the board
 * schedules nothing).
 */
export async function startBoardKit(imports: (DynamicModule | Type)[] = []): Promise<BoardKit> {
  const counter = new QueryCounter();
  const graphql = graphqlTestModule();
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...buildDataSourceOptions({
          url: requiredEnv('DATABASE_URL'),
          poolSize: testPoolSize(),
          entities: [],
          applicationName: 'cases-board-test',
        }),
        autoLoadEntities: true,
        logger: counter,
        logging: ['query'],
      }),
      JobsModule.forRoot({
        redisUrl: null,
        prefix: `${requiredEnv('REDIS_PREFIX')}:cases-board:${uniqueTag()}`,
        runProcessors: false,
      }),
      CasesModule,
      ...imports,
      ...graphql.imports,
    ],
    providers: graphql.providers,
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const dataSource = app.get(DataSource);
  return {
    app,
    dataSource,
    boards: app.get(CaseBoardService),
    lists: app.get(CaseListService),
    creator: app.get(CreateCaseService),
    counter,
    hq: await insertUser(dataSource, Role.HQ_COORDINATOR, 'HQ'),
    client: new GraphqlTestClient(app),
    close: () => app.close(),
  };
}

export interface CaseSpec {
  /** From `makePair`; a new Tokyo → Aichi pair when absent. */
  pair?: OfferPair;
  moveType?: MoveType;
  sendingConsultantId?: string | null;
  receivingConsultantId?: string | null;
  stage?: CaseStage;
  /** How long ago the case entered its stage. */
  enteredAgo?: string;
  updatedAgo?: string;
}

export type OfferPair = Awaited<ReturnType<typeof insertOfferPair>>;

export function makePair(kit: BoardKit, options: OfferPairOptions = {}): Promise<OfferPair> {
  return insertOfferPair(kit.dataSource, { sendingPeople: 50, receivingPeople: 50, ...options });
}

/**
 * A case opened through CreateCaseService, then put in `stage` as of `enteredAgo` by SQL (the tests of the board
 * need cases that have waited for weeks). A closed stage gets the reason or outcome the table requires.
 */
export async function makeCase(kit: BoardKit, spec: CaseSpec = {}): Promise<CaseEntity> {
  const pair = spec.pair ?? (await makePair(kit));
  const created = await kit.creator.create(kit.hq, {
    sendingOfferId: pair.sendingOfferId,
    receivingOfferId: pair.receivingOfferId,
    moveType: spec.moveType ?? MoveType.SECONDMENT,
    sendingConsultantId: spec.sendingConsultantId ?? null,
    receivingConsultantId: spec.receivingConsultantId ?? null,
  });
  const [rows]: [CaseEntity[], number] = await kit.dataSource.query(
    `UPDATE "cases"
        SET "stage" = CAST($2 AS varchar),
            "stage_entered_at" = now() - CAST($3 AS interval),
            "updated_at" = now() - CAST($4 AS interval),
            "not_established_reason" = CASE WHEN CAST($2 AS varchar) = 'NOT_ESTABLISHED' THEN 'OTHER' END,
            "completion_outcome" = CASE WHEN CAST($2 AS varchar) = 'COMPLETED' THEN 'RETURNED' END
      WHERE "id" = $1
      RETURNING "id"`,
    [
      created.id,
      spec.stage ?? CaseStage.INFORMATION_COLLECTION,
      spec.enteredAgo ?? '0 seconds',
      spec.updatedAgo ?? '0 seconds',
    ],
  );
  if (rows.length !== 1) throw new Error('case not updated');
  return created;
}

/** Stage entry times made equal, to prove the id breaks ties. */
export async function setEnteredAt(kit: BoardKit, ids: string[], at: string): Promise<void> {
  await kit.dataSource.query(
    `UPDATE "cases" SET "stage_entered_at" = CAST($2 AS timestamptz) WHERE "id" = ANY($1)`,
    [ids, at],
  );
}

export { QueryCounter } from '@kakehashi/testing';
