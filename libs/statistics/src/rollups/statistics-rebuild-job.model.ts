import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StatisticsRebuildJob', {
  description: '統計の再集計ジョブ / A rebuild of the statistics rollups from the raw records.',
})
export class StatisticsRebuildJobModel {
  @Field(() => ID, {
    description: 'statisticsRebuild(id) で進捗を確認する / Poll with statisticsRebuild(id).',
  })
  id: string;

  @Field({ description: 'WAITING / ACTIVE / DELAYED / COMPLETED / FAILED / UNKNOWN' })
  state: string;

  @Field(() => Int, { description: '進捗 0〜100 / Progress.' })
  progress: number;

  @Field(() => String, { nullable: true })
  failedReason: string | null;

  @Field(() => String, { nullable: true, description: '結果 (JSON) / Result as JSON.' })
  result: string | null;
}
