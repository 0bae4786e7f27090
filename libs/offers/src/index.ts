export * from './reference-data/occupation-major-group.entity';
export * from './skills/skill.entity';
export * from './sending-offers/sending-offer.entity';
export * from './receiving-offers/receiving-offer.entity';
export * from './shared/offer-enums';
export { OffersModule } from './offers.module';
export { seedOffersReferenceData, skillDictionaryFromSeed } from './seed/seed-offers-reference-data';
export { seedDemoOffers } from './seed/seed-demo-offers';
export { seedDemoOfficeOffers } from './seed/seed-demo-office-offers';
export { OFFER_API_ERRORS, OfferException, OfferExceptionCode } from './offer.exception';
export { SKILL_API_ERRORS, SkillException, SkillExceptionCode } from './skills/skill.exception';
export {
  SendingOfferModel,
  SendingOfferConnection,
  toSendingOfferModel,
} from './sending-offers/sending-offer.model';
export {
  ReceivingOfferModel,
  ReceivingOfferConnection,
  toReceivingOfferModel,
} from './receiving-offers/receiving-offer.model';
export { OfferSkillModel } from './shared/offer-skill.model';
export { SkillModel, toSkillModel } from './skills/skill.model';
export { SkillWriteService } from './skills/services/skill-write.service';
export {
  OccupationMajorGroupModel,
  toOccupationMajorGroupModel,
} from './reference-data/occupation-major-group.model';
export { occupationLoader } from './reference-data/occupation.loader';
export { companyLoader } from './shared/company.loader';
export { OFFER_STAFF } from './offers-roles';
export { OfferFilterInput, OffersArgs } from './shared/offer-filter.input';
export type { OfferFilter } from './shared/offer-list';
export { SendingOfferSearchService } from './sending-offers/services/sending-offer-search.service';
export { ReceivingOfferSearchService } from './receiving-offers/services/receiving-offer-search.service';
export { moveTypesOf } from './receiving-offers/services/receiving-offer-fields';
export {
  loadSkillDictionary,
  SkillDictionary,
  type SkillDictionaryEntry,
} from './skills/services/skill-dictionary';
export { receivingOfferLoader, sendingOfferLoader } from './shared/offer.loaders';
export {
  OfferPlacementService,
  type OfferPair,
  type OfferRemainders,
  type PlacementShortfall,
} from './placements/offer-placement.service';
