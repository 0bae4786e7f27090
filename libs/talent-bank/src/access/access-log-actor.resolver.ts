import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import { UserEntity, UserModel } from '@kakehashi/identity';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccessLogEntryModel } from './access-log.model';

/** Who read or was refused: the account behind an access log entry, one batched query per page. */
@Resolver(() => AccessLogEntryModel)
export class AccessLogActorResolver {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  @ResolveField(() => UserModel, { nullable: true, description: '操作した利用者 / The user who acted.' })
  actor(
    @Parent() entry: AccessLogEntryModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<UserModel | null> {
    return loaders
      .get<string, UserModel | null>('talentBank.accessLogActor', async (ids) =>
        byKeys(ids, await this.users.findBy({ id: In([...ids]) }), (user) => user.id),
      )
      .load(entry.actorUserId);
  }
}
