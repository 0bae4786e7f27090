import { Roles } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OFFER_STAFF, SKILL_DICTIONARY_EDITORS } from '../offers-roles';
import { CreateSkillInput, SkillsArgs, UpdateSkillInput } from './dtos/skill.inputs';
import { SkillConnection, SkillModel, toSkillModel } from './skill.model';
import { SkillSearchService } from './services/skill-search.service';
import { SkillWriteService } from './services/skill-write.service';

@Resolver(() => SkillModel)
export class SkillResolver {
  constructor(
    private readonly search: SkillSearchService,
    private readonly writes: SkillWriteService,
  ) {}

  @Query(() => SkillConnection, {
    complexity: connectionComplexity,
    description:
      'スキル・免許・資格の辞書 (読み順、表記ゆれを吸収して検索) / The skills dictionary, by reading; spelling-tolerant search.',
  })
  @Roles(...OFFER_STAFF)
  async skills(@Args() args: SkillsArgs): Promise<Connection<SkillModel>> {
    const page = await this.search.list(
      { search: args.search, category: args.category, includeInactive: args.includeInactive },
      { first: args.first, after: args.after },
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSkillModel(e.node) })) };
  }

  @Mutation(() => SkillModel, {
    description: 'スキル辞書項目の登録 (管理者) / Add a dictionary entry (administrators).',
  })
  @Roles(...SKILL_DICTIONARY_EDITORS)
  async createSkill(@Args('input') input: CreateSkillInput): Promise<SkillModel> {
    return toSkillModel(await this.writes.create(input));
  }

  @Mutation(() => SkillModel, {
    description:
      'スキル辞書項目の編集 (管理者、楽観的排他) / Edit a dictionary entry (administrators, optimistic locking).',
  })
  @Roles(...SKILL_DICTIONARY_EDITORS)
  async updateSkill(@Args('input') input: UpdateSkillInput): Promise<SkillModel> {
    return toSkillModel(await this.writes.update(input));
  }
}
