import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { assertMayActOnCase } from '../case-access.policy';
import { CaseEntity } from '../case.entity';
import { CaseException } from '../../case.exception';

/** Reads one case: in full for those who may act on it, as a summary for other Center staff. */
@Injectable()
export class CaseQueryService {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  async full(user: AuthUser, id: string): Promise<CaseEntity> {
    const entity = await this.find(id);
    assertMayActOnCase(user, entity);
    return entity;
  }

  async summary(id: string): Promise<CaseEntity> {
    return this.find(id);
  }

  private async find(id: string): Promise<CaseEntity> {
    const entity = isUUID(id) ? await this.cases.findOneBy({ id }) : null;
    if (!entity) throw CaseException.notFound(id);
    return entity;
  }
}
