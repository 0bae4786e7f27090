// The Japanese labels of the schema's enums: every value of every enum in the built schema has one (registered by the
// domain library that owns the enum), the same label documents the value in the schema, and `enumLabels` serves them
// to every signed-in user so that a client never keeps its own copy of the wording.
import { MOVE_TYPE_LABELS } from '@kakehashi/offers';
import { CASE_STAGE_LABELS } from '@kakehashi/cases';
import { enumLabelSets, registeredEnumNames, schemaDescription } from '@kakehashi/graphql-core';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isEnumType, type GraphQLEnumType } from 'graphql';
import { errorCode, graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

/** At least one kanji, hiragana or katakana character (punctuation such as ・ and （） does not count). */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Labels allowed to be Latin only: codes that are inherently Latin (a rating "A", a file format "CSV"). Add
 * `EnumName.VALUE` here, with the reason, only for such a code.
 */
const LATIN_LABELS: readonly string[] = [
  // The evaluation sheet's section I writes "OJT" as the form asks (S001:532–535, 674–679).
  'OjtDutyKind.OJT',
];

interface LabelSet {
  name: string;
  values: { value: string; label: string; description: string | null }[];
}

const QUERY = `query ($names: [String!]) { enumLabels(names: $names) { name values { value label description } } }`;

describe('Japanese labels of every enum', () => {
  let api: RunningApi;
  let schemaEnums: GraphQLEnumType[];

  beforeAll(async () => {
    api = await startTestApi();
    schemaEnums = Object.values(api.app.get(GraphQLSchemaHost).schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__'));
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('labels every value of every enum in the built schema, and documents it with the same label', () => {
    expect(schemaEnums.length).toBeGreaterThan(60);
    const registered = new Map(enumLabelSets().map((set) => [set.name, set]));
    const problems: string[] = [];
    for (const type of schemaEnums) {
      const set = registered.get(type.name);
      if (!set) {
        problems.push(`${type.name}: not registered with labels (use registerLabelledEnum)`);
        continue;
      }
      for (const value of type.getValues()) {
        const labelled = set.values.find((v) => v.value === value.name);
        if (!labelled?.label.trim()) problems.push(`${type.name}.${value.name}: no label`);
        else if (value.description !== schemaDescription(labelled))
          problems.push(`${type.name}.${value.name}: schema description is not its label`);
      }
      const extra = set.values.filter((v) => !type.getValue(v.value)).map((v) => v.value);
      if (extra.length)
        problems.push(`${type.name}: labels for values the schema lacks: ${extra.join(', ')}`);
    }
    const inSchema = new Set(schemaEnums.map((type) => type.name));
    for (const name of registeredEnumNames()) {
      if (!inSchema.has(name)) problems.push(`${name}: registered but not in the schema`);
    }
    expect(problems).toEqual([]);
  });

  it('writes every label (and every explanation) in Japanese', () => {
    const latin = enumLabelSets().flatMap((set) =>
      set.values
        .filter((v) => !JAPANESE.test(v.label) && !LATIN_LABELS.includes(`${set.name}.${v.value}`))
        .map((v) => `${set.name}.${v.value}: ${v.label}`),
    );
    const descriptions = enumLabelSets().flatMap((set) =>
      set.values
        .filter((v) => v.description !== null && !JAPANESE.test(v.description))
        .map((v) => `${set.name}.${v.value}: ${v.description}`),
    );
    expect({ latin, descriptions }).toEqual({ latin: [], descriptions: [] });
  });

  it('serves the domain’s own wording to every signed-in role, every enum when no names are given', async () => {
    for (const email of ['consultant@kakehashi.example', 'partner.branch@kakehashi.example']) {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const all = await graphql<{ enumLabels: LabelSet[] }>(api.url, QUERY, {}, token);
      expect(all.errors).toBeUndefined();
      expect(all.data!.enumLabels.map((set) => set.name)).toEqual(
        schemaEnums.map((type) => type.name).sort(),
      );

      const some = await graphql<{ enumLabels: LabelSet[] }>(
        api.url,
        QUERY,
        { names: ['CaseStage', 'MoveType'] },
        token,
      );
      const [stages, moves] = some.data!.enumLabels;
      expect(stages.name).toBe('CaseStage');
      // In the flow's order, as the domain writes the stages (the brochure's names).
      expect(stages.values.slice(0, 3).map((v) => v.value)).toEqual([
        'INFORMATION_COLLECTION',
        'INTER_COMPANY_MEETING',
        'INTERNAL_PROCEDURE',
      ]);
      expect(stages.values.map((v) => v.label)).toEqual(Object.values(CASE_STAGE_LABELS));
      expect(stages.values[0]).toEqual({
        value: 'INFORMATION_COLLECTION',
        label: 'STEP1 情報収集',
        description: null,
      });
      expect(moves.values).toEqual([
        { value: 'SECONDMENT', label: MOVE_TYPE_LABELS.SECONDMENT, description: null },
        { value: 'TRANSFER', label: MOVE_TYPE_LABELS.TRANSFER, description: null },
      ]);
      expect(MOVE_TYPE_LABELS.SECONDMENT).toBe('在籍型出向');
    }
  });

  it('refuses an unknown name with a Japanese field error naming its position, and nothing else', async () => {
    const token = await login(api.url, 'executive@kakehashi.example', DEMO_PASSWORD);
    const result = await graphql(api.url, QUERY, { names: ['CaseStage', 'MoveType', 'caseStage'] }, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: 'names[2]', message: expect.stringMatching(/選択肢の一覧はありません/) },
    ]);
  });

  it('refuses a caller who is not signed in', async () => {
    const result = await graphql(api.url, QUERY, { names: ['CaseStage'] });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});
