import { ANY_SIGNED_IN_ROLE, Roles } from '@kakehashi/authz';
import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { JsicMajorGroupEntity } from './jsic-major-group.entity';
import { PrefectureEntity } from './prefecture.entity';
import {
  JsicMajorGroupModel,
  PrefectureModel,
  toJsicMajorGroupModel,
  toPrefectureModel,
} from './reference-data.models';

/**
 * Code lists for forms and filters; harmless to every Center role. Partner users read the two their referral form
 * needs (the client's prefecture and industry); the other lists stay with the Center.
 */
@Resolver()
export class ReferenceDataResolver {
  constructor(
    @InjectRepository(PrefectureEntity) private readonly prefectureRepository: Repository<PrefectureEntity>,
    @InjectRepository(JsicMajorGroupEntity)
    private readonly jsicMajorGroupRepository: Repository<JsicMajorGroupEntity>,
  ) {}

  @Query(() => [PrefectureModel], {
    description: '47都道府県 (JISコード順) / The 47 prefectures in JIS order.',
  })
  @Roles(...ANY_SIGNED_IN_ROLE)
  async prefectures(): Promise<PrefectureModel[]> {
    const rows = await this.prefectureRepository.find({ order: { code: 'ASC' } });
    return rows.map(toPrefectureModel);
  }

  @Query(() => [JsicMajorGroupModel], { description: '産業分類の大分類 A〜T / JSIC major groups A..T.' })
  @Roles(...ANY_SIGNED_IN_ROLE)
  async jsicMajorGroups(): Promise<JsicMajorGroupModel[]> {
    const rows = await this.jsicMajorGroupRepository.find({ order: { code: 'ASC' } });
    return rows.map(toJsicMajorGroupModel);
  }
}
