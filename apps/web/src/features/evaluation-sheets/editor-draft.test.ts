import { describe, expect, it } from 'vitest';
import type { SheetDetailFragment } from '../../gql/graphql';
import { editorDraftOf, modelUnitInput, removeAt, replaceAt, updateInputOf } from './editor-draft';

const criterion = {
  key: 'III2.0.1',
  number: 1,
  text: '金型を取り付けている。',
  code: 'H340231',
  sourceKind: 'MODEL_SHEET' as const,
  sourceName: 'モデル評価シート',
  cited: true,
  bureauConfirmed: false,
};
const section = (id: string, units: SheetDetailFragment['section2']['units']) => ({ id, title: id, units });

const sheet = {
  id: 'sheet-1',
  version: 4,
  dutyType: 'SKILLED',
  periodStart: '2026-04-01',
  periodEnd: '2026-09-30',
  header: {
    traineeName: '試験 花子',
    duty: 'プレス',
    company: '株式会社',
    evaluationLeadName: '荒川',
    representativeName: '多摩',
    issuedOn: null,
  },
  ojtDuties: [{ from: '2026-04-01', to: '2026-09-30', kind: 'OJT', description: '打ち抜き' }],
  comments: {
    __typename: 'EvaluationSheetComments',
    section1: null,
    section2: '',
    section3Basic: '',
    section3Special: 'よくできた',
  },
  section2: section('II', []),
  section3Basic: section('III1', [{ name: '安全衛生', originDutyType: null, criteria: [criterion] }]),
  section3Special: section('III2', [{ name: '打ち抜き加工', originDutyType: null, criteria: [criterion] }]),
} as unknown as SheetDetailFragment;

describe('the sheet editor', () => {
  it('sends back what it was given, with the version it was read at', () => {
    const input = updateInputOf(sheet, editorDraftOf(sheet));
    expect(input.expectedVersion).toBe(4);
    expect(input.section3Special).toEqual([
      {
        name: '打ち抜き加工',
        originDutyType: null,
        criteria: [
          {
            text: '金型を取り付けている。',
            sourceKind: 'MODEL_SHEET',
            sourceName: 'モデル評価シート',
            code: 'H340231',
            bureauConfirmed: false,
          },
        ],
      },
    ]);
    expect(input.section3Basic?.dutyType).toBe('SKILLED');
    expect(input.comments).toEqual({
      section1: null,
      section2: '',
      section3Basic: '',
      section3Special: 'よくできた',
    });
    expect(input.header?.traineeName).toBe('試験 花子');
  });

  it('takes a whole unit of another type, each criterion cited from that model with its code', () => {
    const model = {
      dutyType: 'OFFICE_SERVICE' as const,
      sourceName: 'モデル評価シート',
      units: [{ name: '顧客対応', criteria: [{ text: '丁寧に応対している。', code: 'A001101' }] }],
    };
    expect(modelUnitInput(model, '顧客対応')).toEqual({
      name: '顧客対応',
      originDutyType: 'OFFICE_SERVICE',
      criteria: [
        {
          text: '丁寧に応対している。',
          code: 'A001101',
          sourceKind: 'MODEL_SHEET',
          sourceName: 'モデル評価シート',
          bureauConfirmed: false,
        },
      ],
    });
    expect(modelUnitInput(model, 'ない')).toBeNull();
  });

  it('edits rows in place by position', () => {
    expect(replaceAt(['a', 'b', 'c'], 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
  });
});
