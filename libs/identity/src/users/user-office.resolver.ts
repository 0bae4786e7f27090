import type { RequestLoaders } from '@kakehashi/graphql-core';
import { OfficeEntity, officeLoader, OfficeModel } from '@kakehashi/organisations';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserModel } from './user.model';

/** User.office, through the per-request office loader shared with every other Office field (one query per request). */
@Resolver(() => UserModel)
export class UserOfficeResolver {
  constructor(@InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>) {}

  @ResolveField(() => OfficeModel, { nullable: true, description: '所属事務所 / The office, if any.' })
  office(
    @Parent() user: UserModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> | null {
    return user.officeId ? officeLoader(loaders, this.offices).load(user.officeId) : null;
  }
}
