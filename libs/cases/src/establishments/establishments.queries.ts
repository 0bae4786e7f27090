// The establishments' own SQL (their rows are written through CaseEstablishmentEntity).
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../cases/case.entity';

/** The JSIC major groups of the two offers' companies, as they are now. */
export async function selectOfferIndustries(
  tx: Pick<EntityManager, 'query'>,
  offers: Pick<CaseEntity, 'sendingOfferId' | 'receivingOfferId'>,
): Promise<{ sending: string; receiving: string }> {
  const [industries] = await tx.query<{ sending: string; receiving: string }[]>(
    `SELECT sc.jsic_major_code AS sending, rc.jsic_major_code AS receiving
       FROM sending_offers s JOIN companies sc ON sc.id = s.company_id,
            receiving_offers r JOIN companies rc ON rc.id = r.company_id
      WHERE s.id = $1 AND r.id = $2`,
    [offers.sendingOfferId, offers.receivingOfferId],
  );
  return industries;
}
