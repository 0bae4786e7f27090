import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { normalizeText } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AssignmentScopeKind } from '../assignment-run.entity';
import { AssignmentException } from '../assignment.exception';
import { officeForRun } from './assignment-access.policy';

export interface AssignmentScopeInput {
  kind: AssignmentScopeKind;
  officeId?: string | null;
  region?: string | null;
}

/** A scope as runs store it: the kind and its value (office id, region name, or '' for the whole country). */
export interface AssignmentScope {
  kind: AssignmentScopeKind;
  value: string;
}

/** Which offices' offers a scope covers; null: every office. */
export type ScopeOffices = readonly string[] | null;

/** Checks a requested scope (every problem at once, as field errors) and who may run it. */
@Injectable()
export class AssignmentScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(user: AuthUser | null, input: AssignmentScopeInput): Promise<AssignmentScope> {
    const officeId = officeForRun(user, input.kind, input.officeId);
    const region = input.region == null ? '' : normalizeText(input.region).trim();
    const fields: FieldError[] = [];
    switch (input.kind) {
      case AssignmentScopeKind.OFFICE:
        if (region) {
          fields.push({ field: 'input.region', message: '事務所単位の実行では地域を指定できません。' });
        }
        if (!officeId) {
          fields.push({ field: 'input.officeId', message: '事務所を指定してください。' });
        } else if (!(await this.officeExists(officeId))) {
          fields.push({ field: 'input.officeId', message: '指定された事務所が見つかりません。' });
        }
        if (fields.length) throw AssignmentException.invalidInput(fields);
        return { kind: input.kind, value: officeId as string };
      case AssignmentScopeKind.REGION: {
        if (input.officeId) {
          fields.push({ field: 'input.officeId', message: '地域単位の実行では事務所を指定できません。' });
        }
        if (!region) {
          fields.push({ field: 'input.region', message: '地域を指定してください。' });
        } else {
          const regions = await this.regions();
          if (!regions.includes(region)) {
            fields.push({
              field: 'input.region',
              message: `地域「${region}」はありません。${regions.join('、')}のいずれかを指定してください。`,
            });
          }
        }
        if (fields.length) throw AssignmentException.invalidInput(fields);
        return { kind: input.kind, value: region };
      }
      case AssignmentScopeKind.COUNTRY:
        if (input.officeId) {
          fields.push({ field: 'input.officeId', message: '全国の実行では事務所を指定できません。' });
        }
        if (region) fields.push({ field: 'input.region', message: '全国の実行では地域を指定できません。' });
        if (fields.length) throw AssignmentException.invalidInput(fields);
        return { kind: input.kind, value: '' };
      default: {
        const unhandled: never = input.kind;
        throw AssignmentException.invalidInput([
          { field: 'input.scope', message: `実行範囲「${String(unhandled)}」は指定できません。` },
        ]);
      }
    }
  }

  /** The offices whose offers a scope covers (by owning office). */
  async officesOf(scope: AssignmentScope): Promise<ScopeOffices> {
    switch (scope.kind) {
      case AssignmentScopeKind.OFFICE:
        return [scope.value];
      case AssignmentScopeKind.REGION: {
        const rows = await this.dataSource.query<{ id: string }[]>(
          `SELECT "id" FROM "offices" WHERE "region_ja" = $1 ORDER BY "id"`,
          [scope.value],
        );
        return rows.map((r) => r.id);
      }
      case AssignmentScopeKind.COUNTRY:
        return null;
      default: {
        const unhandled: never = scope.kind;
        throw new Error(`unknown assignment scope ${String(unhandled)}`);
      }
    }
  }

  /** The regions offices belong to (関東, 近畿, …), in the order of their offices' codes. */
  async regions(): Promise<string[]> {
    const rows = await this.dataSource.query<{ region_ja: string }[]>(
      `SELECT "region_ja" FROM "offices" WHERE "region_ja" IS NOT NULL
        GROUP BY "region_ja" ORDER BY min("code"), "region_ja"`,
    );
    return rows.map((r) => r.region_ja);
  }

  private async officeExists(id: string): Promise<boolean> {
    if (!isUUID(id)) return false;
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM "offices" WHERE "id" = $1`, [id]);
    return rows.length > 0;
  }
}
