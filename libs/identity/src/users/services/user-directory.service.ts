import type { Role } from '@kakehashi/authz';
import { decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { escapeLikePattern } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from '../user.entity';
import { isUuid } from '../user-rules';

export interface UserFilter {
  role?: Role | null;
  officeId?: string | null;
  /** true: active accounts only; false: deactivated only; absent: both. */
  active?: boolean | null;
  /** Words that must each appear in the name or the e-mail address. */
  query?: string | null;
}

/** Reading user accounts for administrators. */
@Injectable()
export class UserDirectoryService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async findById(id: string): Promise<UserEntity | null> {
    return isUuid(id) ? this.users.findOneBy({ id }) : null;
  }

  /** Ordered by e-mail address (unique, so the cursor is exact). */
  async list(
    page: { first: number; after?: string | null },
    filter: UserFilter = {},
  ): Promise<Connection<UserEntity>> {
    const query = this.users.createQueryBuilder('u');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.officeId) {
      // An id that is not a UUID names no office: an empty page rather than a PostgreSQL error.
      if (!isUuid(filter.officeId)) query.andWhere('FALSE');
      else query.andWhere('u.officeId = :officeId', { officeId: filter.officeId });
    }
    if (filter.active != null) query.andWhere('u.isActive = :active', { active: filter.active });
    const terms = (filter.query ?? '').normalize('NFKC').trim().split(/\s+/).filter(Boolean);
    terms.forEach((term, i) => {
      query.andWhere(`(u.name ILIKE :term${i} OR u.email ILIKE :term${i})`, {
        [`term${i}`]: `%${escapeLikePattern(term)}%`,
      });
    });

    const totalCount = await query.clone().getCount();
    if (page.after) {
      const [email] = decodeCursor(page.after, 1);
      query.andWhere('u.email > :afterEmail', { afterEmail: String(email) });
    }
    const rows = await query
      .orderBy('u.email', 'ASC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (user) => [user.email]);
  }
}
