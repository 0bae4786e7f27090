import { Roles } from '@kakehashi/authz';

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AddPartnerContactInput, UpdatePartnerContactInput } from './dtos/partner-contact.inputs';
import { PartnerContactModel, toContactModel } from './partner-contact.model';

import { PartnerContactWriteService } from './services/partner-contact-write.service';
import { PARTNER_MANAGERS } from '../partners-roles';

@Resolver(() => PartnerContactModel)
export class PartnerContactResolver {
  constructor(private readonly writes: PartnerContactWriteService) {}

  @Mutation(() => PartnerContactModel, { description: '担当者の追加 / Add a contact person.' })
  @Roles(...PARTNER_MANAGERS)
  async addPartnerContact(@Args('input') input: AddPartnerContactInput): Promise<PartnerContactModel> {
    return toContactModel(await this.writes.add(input));
  }

  @Mutation(() => PartnerContactModel, {
    description: '担当者の編集 (楽観的排他) / Edit a contact person (optimistic locking).',
  })
  @Roles(...PARTNER_MANAGERS)
  async updatePartnerContact(@Args('input') input: UpdatePartnerContactInput): Promise<PartnerContactModel> {
    return toContactModel(await this.writes.update(input));
  }
}
