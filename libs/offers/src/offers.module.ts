import { OrganisationsModule } from '@kakehashi/organisations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReceivingOfferEntity } from './receiving-offers/receiving-offer.entity';
import {
  ReceivingOfferRelationsResolver,
  ReceivingOfferResolver,
} from './receiving-offers/receiving-offer.resolver';
import { ReceivingOfferSearchService } from './receiving-offers/services/receiving-offer-search.service';
import { ReceivingOfferWriteService } from './receiving-offers/services/receiving-offer-write.service';
import { OfferPlacementService } from './placements/offer-placement.service';
import { OccupationMajorGroupEntity } from './reference-data/occupation-major-group.entity';
import { OccupationResolver } from './reference-data/occupation.resolver';
import { SendingOfferEntity } from './sending-offers/sending-offer.entity';
import { SendingOfferRelationsResolver, SendingOfferResolver } from './sending-offers/sending-offer.resolver';
import { SendingOfferSearchService } from './sending-offers/services/sending-offer-search.service';
import { SendingOfferWriteService } from './sending-offers/services/sending-offer-write.service';
import { OfferReferenceChecks } from './shared/offer-reference.checks';
import { SkillSearchService } from './skills/services/skill-search.service';
import { SkillWriteService } from './skills/services/skill-write.service';
import { SkillEntity } from './skills/skill.entity';
import { SkillResolver } from './skills/skill.resolver';

/**
 * Sending and receiving information, the skills dictionary and the occupation classification. Needs a TypeORM root
 * connection; companies, offices and prefectures (and their loaders) come from OrganisationsModule.
 */
@Module({
  imports: [
    OrganisationsModule,
    TypeOrmModule.forFeature([
      OccupationMajorGroupEntity,
      SkillEntity,
      SendingOfferEntity,
      ReceivingOfferEntity,
    ]),
  ],
  providers: [
    OfferReferenceChecks,
    OfferPlacementService,
    OccupationResolver,
    SkillSearchService,
    SkillWriteService,
    SkillResolver,
    SendingOfferSearchService,
    SendingOfferWriteService,
    SendingOfferResolver,
    SendingOfferRelationsResolver,
    ReceivingOfferSearchService,
    ReceivingOfferWriteService,
    ReceivingOfferResolver,
    ReceivingOfferRelationsResolver,
  ],
  exports: [SendingOfferSearchService, ReceivingOfferSearchService, OfferPlacementService, TypeOrmModule],
})
export class OffersModule {}
