import { Role } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { UserEntity } from '@kakehashi/identity';
import { isUUID } from 'class-validator';
import { In, type EntityManager } from 'typeorm';

/**
 * The consultants in charge must be active consultants of the side's office (or headquarters coordinators, who may
 * take a case of any office).
 */
export async function consultantProblems(
  manager: EntityManager,
  picks: { field: string; userId: string | null | undefined; officeId: string; side: string }[],
): Promise<FieldError[]> {
  const wanted = picks.filter((pick) => pick.userId);
  const ids = wanted.map((pick) => pick.userId as string).filter((id) => isUUID(id));
  const users = ids.length ? await manager.findBy(UserEntity, { id: In(ids) }) : [];
  const byId = new Map(users.map((user) => [user.id, user]));
  const problems: FieldError[] = [];
  for (const pick of wanted) {
    const user = byId.get(pick.userId as string);
    if (!user || !user.isActive) {
      problems.push({ field: pick.field, message: `${pick.side}の担当コンサルタントが見つかりません。` });
    } else if (user.role === Role.HQ_COORDINATOR) {
      continue;
    } else if (user.role !== Role.CONSULTANT || user.officeId !== pick.officeId) {
      problems.push({
        field: pick.field,
        message: `${pick.side}の担当には、${pick.side}の事務所のコンサルタントまたは本部の担当者を指定してください。`,
      });
    }
  }
  return problems;
}
