import { ANY_SIGNED_IN_ROLE, Roles } from '@kakehashi/authz';
import { enumLabelSets, MAX_ENUM_LABEL_NAMES } from '@kakehashi/graphql-core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { EnumLabelSetModel } from './enum-labels.models';

/**
 * The Japanese labels of the schema's enums, for clients to fetch once and cache: the wording stays with the domain
 * libraries that registered the enums (registerLabelledEnum), never copied into a client. Nothing in it is
 * confidential (the same labels are the schema's value descriptions), so every signed-in role reads it.
 */
@Resolver()
export class EnumLabelsResolver {
  @Query(() => [EnumLabelSetModel], {
    description:
      '列挙型の値の表示名。names を省略すると全ての列挙型 (名前順) / Japanese labels of enum values; every enum when names is omitted.',
  })
  @Roles(...ANY_SIGNED_IN_ROLE)
  enumLabels(
    @Args('names', {
      type: () => [String],
      nullable: true,
      description: `列挙型の名前 (例: ["CaseStage", "MoveType"]、最大${MAX_ENUM_LABEL_NAMES}件) / Enum names; unknown ones are refused.`,
    })
    names?: string[] | null,
  ): EnumLabelSetModel[] {
    return enumLabelSets(names);
  }
}
