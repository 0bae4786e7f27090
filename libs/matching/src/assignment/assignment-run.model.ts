import { ConnectionType, registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AssignmentProposalEntity } from './assignment-proposal.entity';
import {
  AssignmentPhase,
  AssignmentRunStatus,
  AssignmentScopeKind,
  AssignmentTrigger,
  type AssignmentRunEntity,
} from './assignment-run.entity';
import {
  ASSIGNMENT_PHASE_LABELS,
  ASSIGNMENT_RUN_STATUS_LABELS,
  ASSIGNMENT_SCOPE_LABELS,
  ASSIGNMENT_TRIGGER_LABELS,
} from './assignment-run.labels';

registerLabelledEnum(AssignmentScopeKind, {
  name: 'AssignmentScope',
  description: '一括マッチングの対象範囲 / What a batch assignment covers.',
  labels: ASSIGNMENT_SCOPE_LABELS,
  descriptions: {
    OFFICE: '1つの事務所が担当する情報',
    REGION: '地域(関東・近畿など)の事務所が担当する情報',
  },
});

registerLabelledEnum(AssignmentTrigger, {
  name: 'AssignmentTrigger',
  description: '実行のきっかけ / What started a run.',
  labels: ASSIGNMENT_TRIGGER_LABELS,
  descriptions: { MANUAL: '利用者が実行', SCHEDULED: '夜間の定期実行' },
});

registerLabelledEnum(AssignmentRunStatus, {
  name: 'AssignmentRunStatus',
  description: '実行の状態 / A run’s status.',
  labels: ASSIGNMENT_RUN_STATUS_LABELS,
  descriptions: {
    COMPLETED: '提案を保存済み',
    CANCELLED: '提案は保存されていません',
    FAILED: '理由は実行のエラー欄に表示されます',
  },
});

registerLabelledEnum(AssignmentPhase, {
  name: 'AssignmentPhase',
  description: '実行中の段階 / Where a run is.',
  labels: ASSIGNMENT_PHASE_LABELS,
  descriptions: {
    CANDIDATES: '送出情報ごとに有力な候補を探します',
    BOUNDING: 'あり得る最大の合計スコアを見積もります',
    REFINING: '改善の余地がある情報の候補を広げて計算し直します',
  },
});

@ObjectType('AssignmentProposal', {
  description:
    '一括マッチングの提案: 送出情報の人数のうち何人を受入情報へ / People of a sending offer proposed for a receiving offer.',
})
export class AssignmentProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sendingOfferId: string;

  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => Int, { description: '提案人数 / People proposed for the pair.' })
  people: number;

  @Field(() => Float, { description: '組み合わせのスコア (0〜1) / The pair’s score, 0..1.' })
  score: number;
}

export const AssignmentProposalConnection = ConnectionType(AssignmentProposalModel, 'AssignmentProposal');

@ObjectType('AssignmentRun', {
  description:
    '一括マッチングの実行: 送出側の人数と受入側の人数を守り、スコアの合計が最大になる割当 / A batch assignment run.',
})
export class AssignmentRunModel {
  @Field(() => ID, { description: 'assignmentRun(id) で進捗を確認する / Poll with assignmentRun(id).' })
  id: string;

  @Field(() => AssignmentScopeKind)
  scope: AssignmentScopeKind;

  @Field(() => ID, {
    nullable: true,
    description: '対象事務所 (OFFICE のとき) / The office, for OFFICE runs.',
  })
  officeId: string | null;

  @Field(() => String, {
    nullable: true,
    description: '対象地域 (REGION のとき) / The region, for REGION runs.',
  })
  region: string | null;

  @Field(() => AssignmentTrigger)
  trigger: AssignmentTrigger;

  @Field(() => AssignmentRunStatus)
  status: AssignmentRunStatus;

  @Field(() => AssignmentPhase)
  phase: AssignmentPhase;

  @Field(() => Int, { description: '進捗 0〜100 / Progress 0..100.' })
  progress: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '中止を依頼した日時 (実行中は次の確認で中止) / When cancellation was asked for.',
  })
  cancelRequestedAt: Date | null;

  @Field(() => Int, { nullable: true, description: '対象の送出情報の件数 / Open sending offers in scope.' })
  sendingOfferCount: number | null;

  @Field(() => Int, { nullable: true, description: '対象の受入情報の件数 / Open receiving offers in scope.' })
  receivingOfferCount: number | null;

  @Field(() => Int, { nullable: true, description: '計算した候補の組み合わせ数 / Candidate pairs solved.' })
  candidatePairCount: number | null;

  @Field(() => Int, { nullable: true, description: '送出可能な人数の合計 / People the sending offers have.' })
  peopleOffered: number | null;

  @Field(() => Int, { nullable: true, description: '割り当てた人数 / People assigned.' })
  peopleAssigned: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'スコアの合計 (人数 × スコア) / Total of people × score.',
  })
  totalScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'あり得る最大の合計スコアの上界 (全組み合わせに対するLP緩和の双対) / An upper bound on the best possible total, over every pair.',
  })
  upperBound: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '最適からの差の上限 (上界 − 合計) ÷ 上界。0.02 なら最適解との差は2%以内 / (upperBound − totalScore) / upperBound.',
  })
  optimalityGap: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: '失敗の理由 / Why it failed.' })
  error: string | null;

  @Field(() => ID, { nullable: true, description: '実行した利用者 (定期実行は null) / Who started it.' })
  requestedByUserId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** Resolved by AssignmentRunResolver.proposals (paged, batched). */
  proposals?: unknown;
}

export const AssignmentRunConnection = ConnectionType(AssignmentRunModel, 'AssignmentRun');

export function toAssignmentRunModel(run: AssignmentRunEntity): AssignmentRunModel {
  return {
    id: run.id,
    scope: run.scopeKind,
    officeId: run.scopeKind === AssignmentScopeKind.OFFICE ? run.scopeValue : null,
    region: run.scopeKind === AssignmentScopeKind.REGION ? run.scopeValue : null,
    trigger: run.trigger,
    status: run.status,
    phase: run.phase,
    progress: run.progress,
    cancelRequestedAt: run.cancelRequestedAt,
    sendingOfferCount: run.sendingOfferCount,
    receivingOfferCount: run.receivingOfferCount,
    candidatePairCount: run.candidatePairCount,
    peopleOffered: run.peopleOffered,
    peopleAssigned: run.peopleAssigned,
    totalScore: run.totalScore,
    upperBound: run.upperBound,
    optimalityGap: run.optimalityGap,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    error: run.error,
    requestedByUserId: run.requestedByUserId,
    createdAt: run.createdAt,
  };
}

export function toAssignmentProposalModel(proposal: AssignmentProposalEntity): AssignmentProposalModel {
  return {
    id: proposal.id,
    sendingOfferId: proposal.sendingOfferId,
    receivingOfferId: proposal.receivingOfferId,
    people: proposal.people,
    score: proposal.score,
  };
}
