import { Role, type AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { MatchDecisionEntity, MatchDecisionKind } from '@kakehashi/matching';
import {
  MOVE_TYPE_LABELS,
  MoveType,
  MoveTypeWanted,
  OfferStatus,
  ReceivingOfferEntity,
  SendingOfferEntity,
} from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { assertMayActOnCase } from '../case-access.policy';
import { CaseEntity } from '../case.entity';
import { CaseException, CaseExceptionCode } from '../../case.exception';
import type { CreateCaseInput } from '../dtos/create-case.input';
import { CaseAction, CaseHistoryEntity } from '../../history/case-history.entity';
import { CaseStage } from '../../workflow/case-stage';
import { consultantProblems } from './case-consultants.checks';
import { intError } from './case-input.rules';

/** Opens a case at STEP1 from a taken-up suggestion or from a sending and a receiving offer. */
@Injectable()
export class CreateCaseService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(user: AuthUser, input: CreateCaseInput): Promise<CaseEntity> {
    return this.dataSource
      .transaction(async (tx) => {
        const { decision, sending, receiving } = await this.loadSources(tx, input);
        // Only those who could act on the case may open it: consultants of either office, or headquarters.
        assertMayActOnCase(user, {
          sendingOfficeId: sending.owningOfficeId,
          receivingOfficeId: receiving.owningOfficeId,
        });

        const problems: FieldError[] = [];
        if (sending.companyId === receiving.companyId) {
          problems.push({ field: 'input.receivingOfferId', message: '送出企業と受入企業が同じ企業です。' });
        }
        if (sending.status === OfferStatus.CLOSED) {
          problems.push({ field: 'input.sendingOfferId', message: 'この送出情報は終了しています。' });
        }
        if (receiving.status === OfferStatus.CLOSED) {
          problems.push({ field: 'input.receivingOfferId', message: 'この受入情報は終了しています。' });
        }
        const moveType = this.moveType(input.moveType ?? null, sending, receiving, problems);
        const people = input.people ?? decision?.people ?? 1;
        const peopleProblem = intError('input.people', people, '人数', 1, 10_000);
        if (peopleProblem) problems.push(peopleProblem);
        else if (people > sending.peopleAvailable || people > receiving.peopleRemaining) {
          problems.push({
            field: 'input.people',
            message: `人数は双方の残り人数(送出${sending.peopleAvailable}人・受入${receiving.peopleRemaining}人)以下で入力してください。`,
          });
        }
        const sendingConsultantId =
          input.sendingConsultantId ?? defaultConsultant(user, sending.owningOfficeId);
        const receivingConsultantId =
          input.receivingConsultantId ?? defaultConsultant(user, receiving.owningOfficeId);
        problems.push(
          ...(await consultantProblems(tx, [
            {
              field: 'input.sendingConsultantId',
              userId: sendingConsultantId,
              officeId: sending.owningOfficeId,
              side: '送出側',
            },
            {
              field: 'input.receivingConsultantId',
              userId: receivingConsultantId,
              officeId: receiving.owningOfficeId,
              side: '受入側',
            },
          ])),
        );
        if (problems.length || !moveType) throw CaseException.invalidInput(problems);

        const inserted = await tx.insert(CaseEntity, {
          moveType,
          sendingOfferId: sending.id,
          receivingOfferId: receiving.id,
          matchDecisionId: decision?.id ?? null,
          sendingOfficeId: sending.owningOfficeId,
          receivingOfficeId: receiving.owningOfficeId,
          sendingConsultantId,
          receivingConsultantId,
          peoplePlanned: people,
          stage: CaseStage.INFORMATION_COLLECTION,
          workers: [],
          createdByUserId: user.id,
          updatedByUserId: user.id,
        });
        const id = (inserted.identifiers[0] as { id: string }).id;
        const created = await tx.findOneByOrFail(CaseEntity, { id });
        await tx.insert(CaseHistoryEntity, {
          caseId: id,
          action: CaseAction.CREATED,
          actorUserId: user.id,
          fromStage: null,
          toStage: CaseStage.INFORMATION_COLLECTION,
          changes: [],
          reason: decision ? 'マッチングの採用から作成' : null,
          caseVersion: created.version,
        });
        return created;
      })
      .catch((error: unknown) => {
        // One case per suggestion: the unique key decides, also between two consultants opening it at the same moment.
        if ((error as { constraint?: string }).constraint === 'uq_cases_match_decision') {
          throw new CaseException(
            CaseExceptionCode.MATCH_ALREADY_HAS_CASE,
            'この組み合わせからは既に案件が作成されています。',
            { matchDecisionId: input.matchDecisionId },
          );
        }
        throw error;
      });
  }

  private async loadSources(
    tx: EntityManager,
    input: CreateCaseInput,
  ): Promise<{
    decision: MatchDecisionEntity | null;
    sending: SendingOfferEntity;
    receiving: ReceivingOfferEntity;
  }> {
    let decision: MatchDecisionEntity | null = null;
    let sendingOfferId = input.sendingOfferId ?? null;
    let receivingOfferId = input.receivingOfferId ?? null;
    if (input.matchDecisionId) {
      decision = isUUID(input.matchDecisionId)
        ? await tx.findOneBy(MatchDecisionEntity, { id: input.matchDecisionId })
        : null;
      if (!decision || decision.decision !== MatchDecisionKind.TAKEN_UP) {
        throw CaseException.invalidInput([
          { field: 'input.matchDecisionId', message: '採用されたマッチングが見つかりません。' },
        ]);
      }
      const conflicting =
        (sendingOfferId && sendingOfferId !== decision.sendingOfferId) ||
        (receivingOfferId && receivingOfferId !== decision.receivingOfferId);
      if (conflicting) {
        throw CaseException.invalidInput([
          {
            field: 'input.matchDecisionId',
            message: '採用したマッチングと送出・受入情報の指定が一致しません。',
          },
        ]);
      }
      sendingOfferId = decision.sendingOfferId;
      receivingOfferId = decision.receivingOfferId;
    }
    const problems: FieldError[] = [];
    if (!sendingOfferId)
      problems.push({ field: 'input.sendingOfferId', message: '送出情報を指定してください。' });
    if (!receivingOfferId)
      problems.push({ field: 'input.receivingOfferId', message: '受入情報を指定してください。' });
    const [sending, receiving] = await Promise.all([
      sendingOfferId && isUUID(sendingOfferId)
        ? tx.findOneBy(SendingOfferEntity, { id: sendingOfferId })
        : null,
      receivingOfferId && isUUID(receivingOfferId)
        ? tx.findOneBy(ReceivingOfferEntity, { id: receivingOfferId })
        : null,
    ]);
    if (sendingOfferId && !sending) {
      problems.push({ field: 'input.sendingOfferId', message: '指定された送出情報が見つかりません。' });
    }
    if (receivingOfferId && !receiving) {
      problems.push({ field: 'input.receivingOfferId', message: '指定された受入情報が見つかりません。' });
    }
    if (problems.length || !sending || !receiving) throw CaseException.invalidInput(problems);
    return { decision, sending, receiving };
  }

  /** The move both sides accept: the one asked for, or the only one possible. */
  private moveType(
    asked: MoveType | null,
    sending: SendingOfferEntity,
    receiving: ReceivingOfferEntity,
    problems: FieldError[],
  ): MoveType | null {
    const possible = [MoveType.SECONDMENT, MoveType.TRANSFER].filter(
      (type) =>
        (sending.moveType === MoveTypeWanted.EITHER || (sending.moveType as string) === type) &&
        (type === MoveType.SECONDMENT ? receiving.acceptsSecondment : receiving.acceptsTransfer),
    );
    if (asked) {
      if (possible.includes(asked)) return asked;
      problems.push({
        field: 'input.moveType',
        message: possible.length
          ? `この組み合わせでは${MOVE_TYPE_LABELS[asked]}はできません(可能: ${possible.map((t) => MOVE_TYPE_LABELS[t]).join('・')})。`
          : '送出情報と受入情報の希望する形態(在籍型出向・移籍)が一致しません。',
      });
      return null;
    }
    if (possible.length === 1) return possible[0];
    problems.push({
      field: 'input.moveType',
      message: possible.length
        ? '在籍型出向か移籍かを選択してください。'
        : '送出情報と受入情報の希望する形態(在籍型出向・移籍)が一致しません。',
    });
    return null;
  }
}

/** The creator takes the side of their own office by default. */
function defaultConsultant(user: AuthUser, officeId: string): string | null {
  return user.role === Role.CONSULTANT && user.officeId === officeId ? user.id : null;
}
