import type { AdminMatchingSettingsFragment } from '../../gql/graphql';
import {
  draftOf,
  draftProblems,
  MINIMUM_SCORE_ID,
  previewInputOf,
  updateInputOf,
  weightFieldId,
} from './matching-draft';

const SETTINGS: AdminMatchingSettingsFragment = {
  version: 3,
  updatedAt: null,
  excludeMissingRequired: false,
  minimumProposalScore: 0.65,
  excludeMissingRequiredFromProposals: true,
  weights: [
    {
      factor: 'REGION',
      label: '勤務地',
      description: '…',
      weight: 0.12,
      share: 0.12,
    },
    {
      factor: 'TEXT',
      label: '職務内容の類似度',
      description: '…',
      weight: 0.12,
      share: 0.12,
    },
  ],
};

describe('the matching settings form', () => {
  it('shows the proposal floor in points and sends it back as the API’s share, with the version read', () => {
    const draft = draftOf(SETTINGS);
    expect(draft.minimumScorePoints).toBe(65);
    const input = updateInputOf(SETTINGS, {
      ...draft,
      minimumScorePoints: 70,
      weights: { REGION: 0.12, TEXT: 0.3 },
    });
    expect(input).toEqual({
      expectedVersion: 3,
      weights: [
        { factor: 'REGION', weight: 0.12 },
        { factor: 'TEXT', weight: 0.3 },
      ],
      excludeMissingRequired: false,
      minimumProposalScore: 0.7,
      excludeMissingRequiredFromProposals: true,
    });
  });

  it('leaves an emptied weight out, so the preview and the save keep the weight in force', () => {
    const draft = { ...draftOf(SETTINGS), weights: { REGION: null, TEXT: 0.5 } };
    expect(previewInputOf(SETTINGS, draft).weights).toEqual([{ factor: 'TEXT', weight: 0.5 }]);
  });

  it('puts the API’s field errors at the weight it sent at that index, and the rest above the form', () => {
    const draft = { ...draftOf(SETTINGS), weights: { REGION: null, TEXT: 500 } };
    const { byField, problems } = draftProblems(SETTINGS, draft, {
      code: 'BAD_USER_INPUT',
      reason: null,
      message: '入力内容に誤りがあります。',
      retryAfterSeconds: null,
      fields: [
        { field: 'weights.0.weight', message: '重みは100以下で入力してください。' },
        { field: 'input.minimumProposalScore', message: '提案する最低スコアは1以下で入力してください。' },
        { field: 'input.weights', message: '少なくとも1つの要素に0より大きい重みを設定してください。' },
      ],
    });
    expect(byField).toEqual({
      [weightFieldId('TEXT')]: '重みは100以下で入力してください。',
      [MINIMUM_SCORE_ID]: '提案する最低スコアは1以下で入力してください。',
    });
    expect(problems.map((p) => p.fieldId)).toEqual([weightFieldId('TEXT'), MINIMUM_SCORE_ID, undefined]);
  });
});
