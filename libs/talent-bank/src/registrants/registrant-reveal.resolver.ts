import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';

import { Args, Context, ID, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { accessContext, AccessLogService } from '../access/access-log.service';
import { selectedFieldsAt } from '../access/selected-fields';

import { REGISTRANT_WORKERS } from '../talent-bank-roles';
import { PersonalDataCipher } from '../crypto/personal-data-cipher';
import { ContactDetailsModel } from './guidance.model';
import { CONTACT_FIELDS } from './registrant.model';
import { RegistrantQueryService } from './services/registrant-query.service';
import { toRegistrantModel } from './services/registrant-view';
import { TalentBankClock } from '../talent-bank-clock';
import { AccessAction } from '../talent-bank-enums';

/**
 * Contact details and date of birth as an explicit action: the screens never ask for them with the record, and each
 * reveal is one access log row naming the fields shown (never their values), the caller and the client address.
 */
@Resolver()
export class RegistrantRevealResolver {
  constructor(
    private readonly queries: RegistrantQueryService,
    private readonly log: AccessLogService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: TalentBankClock,
  ) {}

  @Mutation(() => ContactDetailsModel, {
    description:
      '連絡先と生年月日を表示する (アクセス記録に残ります) / Reveal contact details and date of birth (logged).',
  })
  @Roles(...REGISTRANT_WORKERS)
  async revealTalentBankContact(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<ContactDetailsModel> {
    const registrant = toRegistrantModel(await this.queries.one(user, id), this.cipher, this.clock.today());
    const shown = selectedFieldsAt(info).filter((field) => CONTACT_FIELDS.includes(field));
    await this.log.allowed(accessContext(user, info, context.req), AccessAction.READ, [registrant.id], shown);
    return {
      registrantId: registrant.id,
      dateOfBirth: registrant.dateOfBirth,
      age: registrant.age,
      phone: registrant.phone,
      email: registrant.email,
      address: registrant.address,
    };
  }
}
