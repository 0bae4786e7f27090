import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import type DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { ReceivingOfferEntity } from '../receiving-offers/receiving-offer.entity';
import { toReceivingOfferModel, type ReceivingOfferModel } from '../receiving-offers/receiving-offer.model';
import type { SendingOfferEntity } from '../sending-offers/sending-offer.entity';
import { toSendingOfferModel, type SendingOfferModel } from '../sending-offers/sending-offer.model';

/** Sending offers by id, batched per request: a ranked list of 20 counterparts costs one query. */
export function sendingOfferLoader(
  loaders: RequestLoaders,
  offers: Repository<SendingOfferEntity>,
): DataLoader<string, SendingOfferModel | null> {
  return loaders.get<string, SendingOfferModel | null>('offers.sendingOfferById', async (ids) => {
    const rows = await offers.findBy({ id: In([...ids]) });
    return byKeys(ids, rows.map(toSendingOfferModel), (row) => row.id);
  });
}

/** Receiving offers by id, batched per request. */
export function receivingOfferLoader(
  loaders: RequestLoaders,
  offers: Repository<ReceivingOfferEntity>,
): DataLoader<string, ReceivingOfferModel | null> {
  return loaders.get<string, ReceivingOfferModel | null>('offers.receivingOfferById', async (ids) => {
    const rows = await offers.findBy({ id: In([...ids]) });
    return byKeys(ids, rows.map(toReceivingOfferModel), (row) => row.id);
  });
}
