import type { FieldError } from '@kakehashi/graphql-core';
import { skillMatchKey } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { QueryFailedError, type Repository } from 'typeorm';
import { SkillEntity } from '../skill.entity';
import { SkillException, SkillExceptionCode } from '../skill.exception';
import { refreshOfferSkills } from './offer-skill-refresh';
import { aliasKeysOf } from './skill-dictionary';
import {
  normaliseSkillFields,
  SKILL_FIELD_MESSAGES,
  type SkillFieldsInput,
  type SkillValues,
} from './skill-fields';

export interface UpdateSkillCommand extends SkillFieldsInput {
  id: string;
  expectedVersion: number;
  active?: boolean | null;
}

/**
 * Adds and edits dictionary entries (administrators). An entry's match key is fixed when it is created: offers store
 * it, so renaming an entry never separates it from the offers that name it (the old name still resolves).
 */
@Injectable()
export class SkillWriteService {
  constructor(@InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>) {}

  async create(input: SkillFieldsInput): Promise<SkillEntity> {
    const { values, errors } = normaliseSkillFields(input);
    const matchKey = skillMatchKey(values.name);
    await this.assertValid(values, matchKey, errors, null);
    const aliasKeys = aliasKeysOf({ ...values, matchKey });
    try {
      const id = await this.skills.manager.transaction(async (manager) => {
        const result = await manager.insert(SkillEntity, { ...values, matchKey, aliasKeys });
        await refreshOfferSkills(manager, aliasKeys);
        return result.identifiers[0]['id'] as string;
      });
      return await this.skills.findOneByOrFail({ id });
    } catch (error) {
      // Another administrator added the same name between our check and our insert.
      if (isUniqueViolation(error)) throw SkillException.invalidInput([nameTaken(values.name)]);
      throw error;
    }
  }

  async update(command: UpdateSkillCommand): Promise<SkillEntity> {
    const current = await this.findOrFail(command.id);
    if (command.expectedVersion !== current.version) throw staleVersion(current.version);
    const { values, errors } = normaliseSkillFields({
      name: command.name ?? current.name,
      reading: command.reading ?? current.reading,
      category: command.category ?? current.category,
      synonyms: command.synonyms ?? current.synonyms,
      implies: command.implies ?? current.implies,
    });
    await this.assertValid(values, current.matchKey, errors, current.id);
    const aliasKeys = aliasKeysOf({ ...values, matchKey: current.matchKey });
    const affected = await this.skills.manager.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(SkillEntity)
        .set({ ...values, aliasKeys, active: command.active ?? current.active })
        .where('id = :id AND version = :version', { id: current.id, version: command.expectedVersion })
        .execute();
      if (!result.affected) return 0;
      // Offers that named the entry by a spelling it no longer has, or by one it has gained.
      await refreshOfferSkills(manager, [...new Set([...current.aliasKeys, ...aliasKeys])]);
      return result.affected;
    });
    if (!affected) throw staleVersion((await this.findOrFail(current.id)).version);
    return this.findOrFail(current.id);
  }

  /** No alias shared with another entry, and every implied entry exists: all problems in one exception. */
  private async assertValid(
    values: SkillValues,
    matchKey: string,
    errors: FieldError[],
    selfId: string | null,
  ): Promise<void> {
    const problems = [...errors];
    const failed = new Set(errors.map((e) => e.field));
    const texts: [field: string, text: string][] = [
      ['input.name', values.name],
      ['input.reading', values.reading],
      ...values.synonyms.map((s, i): [string, string] => [`input.synonyms.${i}`, s]),
    ];
    const keys = [...new Set([matchKey, ...texts.map(([, t]) => skillMatchKey(t))])].filter((k) => k !== '');
    const others = await this.skills
      .createQueryBuilder('s')
      .where('s.aliasKeys && CAST(:keys AS text[])', { keys })
      .andWhere(selfId ? 's.id <> :selfId' : 'TRUE', { selfId })
      .getMany();
    for (const [field, text] of texts) {
      const key = skillMatchKey(text);
      const other = others.find((o) => o.aliasKeys.includes(key));
      if (other && !failed.has(field))
        problems.push({ field, message: SKILL_FIELD_MESSAGES.aliasTaken(text, other.name) });
    }
    if (values.implies.length) {
      const impliedKeys = values.implies.map(skillMatchKey);
      const found = await this.skills
        .createQueryBuilder('s')
        .where('s.aliasKeys && CAST(:keys AS text[])', { keys: impliedKeys })
        .getMany();
      values.implies.forEach((name, i) => {
        if (!found.some((s) => s.aliasKeys.includes(impliedKeys[i]) && s.id !== selfId))
          problems.push({ field: `input.implies.${i}`, message: SKILL_FIELD_MESSAGES.impliesUnknown(name) });
      });
    }
    if (problems.length) throw SkillException.invalidInput(problems);
  }

  private async findOrFail(id: string): Promise<SkillEntity> {
    const skill = isUUID(id) ? await this.skills.findOneBy({ id }) : null;
    if (!skill) {
      throw new SkillException(
        SkillExceptionCode.SKILL_NOT_FOUND,
        '指定されたスキル辞書の項目が見つかりません。',
        {
          skillId: id,
        },
      );
    }
    return skill;
  }
}

function staleVersion(currentVersion: number): SkillException {
  return new SkillException(
    SkillExceptionCode.STALE_VERSION,
    '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
    { currentVersion },
  );
}

function nameTaken(name: string): FieldError {
  return { field: 'input.name', message: SKILL_FIELD_MESSAGES.aliasTaken(name, name) };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
