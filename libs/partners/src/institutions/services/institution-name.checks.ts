import type { FieldError } from '@kakehashi/graphql-core';
import { Not, type Repository } from 'typeorm';
import type { PartnerInstitutionEntity } from '../partner-institution.entity';

export const INSTITUTION_NAME_CONSTRAINT = 'uq_partner_institutions_name_search_key';

/** One institution per name however it is typed (「一般社団法人 愛知県経営者協会」 is 「愛知県経営者協会」). */
export async function institutionNameTaken(
  institutions: Repository<PartnerInstitutionEntity>,
  nameSearchKey: string,
  selfId: string | null,
): Promise<FieldError | null> {
  const other = await institutions.findOneBy({
    nameSearchKey,
    ...(selfId ? { id: Not(selfId) } : {}),
  });
  return other ? institutionNameError(other.name) : null;
}

export function institutionNameError(existingName: string): FieldError {
  return {
    field: 'input.name',
    message: `同じ名称の提携機関「${existingName}」が既に登録されています。`,
  };
}
