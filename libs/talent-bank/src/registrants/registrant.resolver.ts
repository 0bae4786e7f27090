import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection, type GraphqlContext } from '@kakehashi/graphql-core';
import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { GraphQLResolveInfo } from 'graphql';
import {
  accessContext,
  AccessLogService,
  listedFieldsSelected,
  personalFieldsSelected,
} from '../access/access-log.service';
import { EXPORT_FIELDS } from '../access/personal-data-refusal.recorder';
import { REGISTRANT_WORKERS } from '../talent-bank-roles';
import { PersonalDataCipher } from '../crypto/personal-data-cipher';
import {
  RecordContactInput,
  RecordReemploymentInput,
  RegisterRegistrantInput,
  RegistrantsArgs,
  UpdateRegistrantInput,
  WithdrawConsentInput,
} from './dtos/registrant.inputs';
import type { RegistrantEntity } from './registrant.entity';
import {
  ConsentPurposeModel,
  RegistrantConnection,
  RegistrantExportModel,
  RegistrantModel,
} from './registrant.model';
import { ExportRegistrantService } from './services/export-registrant.service';
import { RecordReemploymentService } from './services/record-reemployment.service';
import { RegisterRegistrantService } from './services/register-registrant.service';
import { RegistrantLifecycleService } from './services/registrant-lifecycle.service';
import { RegistrantQueryService } from './services/registrant-query.service';
import { toListedRegistrantModel, toRegistrantModel } from './services/registrant-view';
import { UpdateRegistrantService } from './services/update-registrant.service';
import { consentPurposes } from './registrant.queries';
import { TalentBankClock } from '../talent-bank-clock';
import { AccessAction } from '../talent-bank-enums';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Registrants: consultants of the registering office and headquarters coordinators read and write them. Whatever
 * returns a registrant's personal data writes the access log first (which fields, for whom, from where); a refusal is
 * logged by PersonalDataRefusalRecorder.
 */
@Resolver(() => RegistrantModel)
export class RegistrantResolver {
  constructor(
    private readonly queries: RegistrantQueryService,
    private readonly registration: RegisterRegistrantService,
    private readonly updates: UpdateRegistrantService,
    private readonly lifecycle: RegistrantLifecycleService,
    private readonly reemployments: RecordReemploymentService,
    private readonly exports: ExportRegistrantService,
    private readonly log: AccessLogService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: TalentBankClock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => RegistrantConnection, {
    complexity: connectionComplexity,
    description:
      'キャリア人材バンク登録者の一覧 (登録日の新しい順。氏名・ふりがなで検索。生年月日・年齢・連絡先は常に null: revealTalentBankContact で表示) / Registrants, newest first; search by name. Date of birth, age and contact details are always null here.',
  })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankRegistrants(
    @CurrentUser() user: AuthUser,
    @Args() args: RegistrantsArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<Connection<RegistrantModel>> {
    const page = await this.queries.list(user, args.filter ?? {}, { first: args.first, after: args.after });
    const today = this.clock.today();
    const edges = page.edges.map((e) => ({
      cursor: e.cursor,
      node: toListedRegistrantModel(e.node, this.cipher, today),
    }));
    await this.log.allowed(
      accessContext(user, info, context.req),
      AccessAction.READ,
      edges.map((e) => e.node.id),
      listedFieldsSelected(info, ['edges', 'node']),
    );
    return { ...page, edges };
  }

  @Query(() => RegistrantModel, { description: '登録者1件 / One registrant.' })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankRegistrant(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantModel> {
    return this.shown(user, await this.queries.one(user, id), info, context);
  }

  @Mutation(() => RegistrantModel, {
    description:
      'キャリア人材バンクへの登録 (60歳以上で、定年退職・継続雇用期間の終了・離職後1年以内のいずれか) / Register a person aged 60+.',
  })
  @Roles(...REGISTRANT_WORKERS)
  async registerTalentBankRegistrant(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RegisterRegistrantInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantModel> {
    return this.shown(user, await this.registration.register(user, input), info, context);
  }

  @Mutation(() => RegistrantModel, { description: '登録内容の編集 (楽観的排他) / Edit a registrant.' })
  @Roles(...REGISTRANT_WORKERS)
  async updateTalentBankRegistrant(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateRegistrantInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantModel> {
    return this.shown(user, await this.updates.update(user, input), info, context);
  }

  @Mutation(() => RegistrantModel, { description: '本人との連絡の記録 / Record a contact.' })
  @Roles(...REGISTRANT_WORKERS)
  async recordTalentBankContact(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordContactInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantModel> {
    return this.shown(user, await this.lifecycle.recordContact(user, input), info, context);
  }

  @Mutation(() => RegistrantModel, { description: '同意の撤回 / Withdraw the consent.' })
  @Roles(...REGISTRANT_WORKERS)
  async withdrawTalentBankConsent(
    @CurrentUser() user: AuthUser,
    @Args('input') input: WithdrawConsentInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantModel> {
    return this.shown(user, await this.lifecycle.withdrawConsent(user, input), info, context);
  }

  @Mutation(() => RegistrantModel, { description: '再就職の記録 (登録終了) / Record a re-employment.' })
  @Roles(...REGISTRANT_WORKERS)
  async recordTalentBankReemployment(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordReemploymentInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantModel> {
    return this.shown(user, await this.reemployments.record(user, input), info, context);
  }

  @Mutation(() => RegistrantExportModel, {
    description:
      '登録者の出力 (ジョブ・カード形式のExcel。アクセス記録に残ります) / Export a registrant (logged).',
  })
  @Roles(...REGISTRANT_WORKERS)
  async exportTalentBankRegistrant(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantExportModel> {
    const registrant = toRegistrantModel(await this.queries.one(user, id), this.cipher, this.clock.today());
    const file = await this.exports.workbook(registrant);
    await this.log.allowed(
      accessContext(user, info, context.req),
      AccessAction.EXPORT,
      [registrant.id],
      EXPORT_FIELDS,
    );
    return {
      filename: file.filename,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
    };
  }

  @Query(() => [ConsentPurposeModel], {
    description: '同意を得る利用目的の文面 (新しい版が先) / The purpose texts to consent to, newest first.',
  })
  @Roles(...REGISTRANT_WORKERS)
  async talentBankConsentPurposes(): Promise<ConsentPurposeModel[]> {
    return consentPurposes(this.dataSource);
  }

  /** The registrant as returned, once its read is in the access log. */
  private async shown(
    user: AuthUser,
    entity: RegistrantEntity,
    info: GraphQLResolveInfo,
    context: GraphqlContext,
  ): Promise<RegistrantModel> {
    const model = toRegistrantModel(entity, this.cipher, this.clock.today());
    await this.log.allowed(
      accessContext(user, info, context.req),
      AccessAction.READ,
      [model.id],
      personalFieldsSelected(info),
    );
    return model;
  }
}
