import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import type { UserEntity } from '@kakehashi/identity';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';

/**
 * A consultant in charge as colleagues see them on a case: who and how to reach them. Not the account (role changes,
 * sign-ins, versions), which only administrators read through `User`.
 */
@ObjectType('CaseConsultant', { description: '案件の担当者 / A consultant in charge of a case.' })
export class CaseConsultantModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '氏名 / Name.' })
  name: string;

  @Field({ description: 'メールアドレス / E-mail.' })
  email: string;

  @Field(() => ID, { nullable: true, description: '所属事務所 / Office.' })
  officeId: string | null;
}

export function toConsultant(user: UserEntity): CaseConsultantModel {
  return { id: user.id, name: user.name, email: user.email, officeId: user.officeId };
}

/** Consultants in charge by id, batched per request: a board of 500 cards costs one query for all of them. */
export function consultantLoader(
  loaders: RequestLoaders,
  users: Repository<UserEntity>,
): DataLoader<string, CaseConsultantModel | null> {
  return loaders.get<string, CaseConsultantModel | null>('cases.consultantById', async (ids) => {
    const rows = await users.findBy({ id: In([...ids]) });
    return byKeys(ids, rows.map(toConsultant), (row) => row.id);
  });
}
