import type { JobStatus } from '@kakehashi/jobs';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MaintenanceJobState {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  DELAYED = 'DELAYED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(MaintenanceJobState, {
  name: 'MaintenanceJobState',
  description: 'ジョブの状態 / Job state.',
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
