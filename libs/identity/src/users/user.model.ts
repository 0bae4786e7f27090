import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kakehashi/graphql-core';
import { Role } from './role.graphql';

/** A user account as the API shows it (never the password hash or token version). */
@ObjectType('User', { description: 'ユーザーアカウント / A user account.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'メールアドレス (小文字で保存) / E-mail address, stored lower-cased.' })
  email: string;

  @Field({ description: '氏名 / Full name.' })
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: '所属事務所のID / The office’s id (consultants, HQ coordinators).',
  })
  officeId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属提携機関のID (提携機関ユーザーのみ) / Partner institution id.',
  })
  partnerInstitutionId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属支店のID (提携機関(支部)のユーザーのみ) / Partner branch id.',
  })
  partnerBranchId: string | null;

  @Field({ description: '有効なアカウントか / False once deactivated.' })
  isActive: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '最終ログイン日時 / Last sign-in.' })
  lastLoginAt: Date | null;

  @Field(() => Int, { description: '楽観ロック用の版番号 (updateUser の expectedVersion) / For updateUser.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const UserConnection = ConnectionType(UserModel, 'User');
