import type { AuthUser } from '@kakehashi/authz';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseEstablishmentEntity, EstablishmentKind } from '../case-establishment.entity';
import { selectOfferIndustries } from '../establishments.queries';

/**
 * Appends one establishment event: the row the statistics count (by occurred_on), with the two companies' industries
 * and the offices as they are now, so later edits of a company do not rewrite past months.
 */
export async function appendEstablishment(
  tx: EntityManager,
  user: AuthUser,
  entity: CaseEntity,
  event: {
    kind: EstablishmentKind;
    occurredOn: string;
    people: number;
    workerIds: string[];
    reason: string | null;
  },
): Promise<void> {
  const industries = await selectOfferIndustries(tx, entity);
  await tx.insert(CaseEstablishmentEntity, {
    caseId: entity.id,
    kind: event.kind,
    occurredOn: event.occurredOn,
    people: event.people,
    moveType: entity.moveType,
    sendingOfferId: entity.sendingOfferId,
    receivingOfferId: entity.receivingOfferId,
    sendingOfficeId: entity.sendingOfficeId,
    receivingOfficeId: entity.receivingOfficeId,
    sendingJsicCode: industries.sending,
    receivingJsicCode: industries.receiving,
    workerIds: event.workerIds,
    reason: event.reason,
    recordedByUserId: user.id,
  });
}
