import type { JobStatus } from '@kakehashi/jobs';
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

export enum MaintenanceJobState {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}

export const MAINTENANCE_JOB_STATE_LABELS: Record<MaintenanceJobState, string> = {
  WAITING: '待機中',
  ACTIVE: '実行中',
  DELAYED: '再試行待ち',
  COMPLETED: '完了',
  FAILED: '失敗',
  UNKNOWN: '不明',
};

registerLabelledEnum(MaintenanceJobState, {
  name: 'MaintenanceJobState',
  description: 'ジョブの状態 / Job state.',
  labels: MAINTENANCE_JOB_STATE_LABELS,
  descriptions: { UNKNOWN: 'ジョブが見つからないか、状態を取得できません' },
});

@ObjectType('MaintenanceJob', {
  description: 'バックグラウンドで実行される保守ジョブ / A background maintenance job.',
})
export class MaintenanceJobModel {
  @Field(() => ID, { description: 'maintenanceJob(id) で進捗を確認する / Poll with maintenanceJob(id).' })
  id: string;

  @Field()
  name: string;

  @Field(() => MaintenanceJobState)
  state: MaintenanceJobState;

  @Field(() => Int, { description: '進捗 0〜100 / Progress 0..100.' })
  progress: number;

  @Field(() => Int, { description: '実行済みの試行回数 / Attempts made.' })
  attemptsMade: number;

  @Field(() => String, { nullable: true })
  failedReason: string | null;

  @Field(() => String, { nullable: true, description: '結果 (JSON) / Result as JSON.' })
  result: string | null;
}

export function toMaintenanceJobModel(status: JobStatus): MaintenanceJobModel {
  return {
    id: status.id,
    name: status.name,
    state: status.state.toUpperCase() as MaintenanceJobState,
    progress: Math.round(status.progress),
    attemptsMade: status.attemptsMade,
    failedReason: status.failedReason,
    result: status.result === null || status.result === undefined ? null : JSON.stringify(status.result),
  };
}
