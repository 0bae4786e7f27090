import type { FieldProblem } from '@kakehashi/web-ui';
import type {
  AdminMatchingSettingsFragment,
  MatchFactorKey,
  MatchingSettingsPreviewInput,
  UpdateMatchingSettingsInput,
} from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';

/** The settings form as typed: every factor's weight, the switches, the proposal floor in points out of 100. */
export interface MatchingDraft {
  weights: Record<string, number | null>;
  excludeMissingRequired: boolean;
  minimumScorePoints: number | null;
  excludeMissingRequiredFromProposals: boolean;
}

export const weightFieldId = (factor: string) => `matching-weight-${factor}`;
export const MINIMUM_SCORE_ID = 'matching-minimum-score';

export function draftOf(settings: AdminMatchingSettingsFragment): MatchingDraft {
  return {
    weights: Object.fromEntries(settings.weights.map((w) => [w.factor, w.weight])),
    excludeMissingRequired: settings.excludeMissingRequired,
    // Points are how people read scores everywhere else; the API keeps the share.
    minimumScorePoints: Math.round(settings.minimumProposalScore * 100),
    excludeMissingRequiredFromProposals: settings.excludeMissingRequiredFromProposals,
  };
}

/** The weights in the API's order; an emptied field is left out, so the API keeps that weight. */
function weightsOf(settings: AdminMatchingSettingsFragment, draft: MatchingDraft) {
  return settings.weights
    .map((w) => ({ factor: w.factor as MatchFactorKey, weight: draft.weights[w.factor] }))
    .filter((w): w is { factor: MatchFactorKey; weight: number } => w.weight !== null);
}

export function previewInputOf(
  settings: AdminMatchingSettingsFragment,
  draft: MatchingDraft,
): MatchingSettingsPreviewInput {
  return { weights: weightsOf(settings, draft), excludeMissingRequired: draft.excludeMissingRequired };
}

export function updateInputOf(
  settings: AdminMatchingSettingsFragment,
  draft: MatchingDraft,
): UpdateMatchingSettingsInput {
  return {
    expectedVersion: settings.version,
    weights: weightsOf(settings, draft),
    excludeMissingRequired: draft.excludeMissingRequired,
    ...(draft.minimumScorePoints !== null ? { minimumProposalScore: draft.minimumScorePoints / 100 } : {}),
    excludeMissingRequiredFromProposals: draft.excludeMissingRequiredFromProposals,
  };
}

/**
 * The API's refusal tied to the inputs: `weights.3.weight` is the fourth weight sent, `minimumProposalScore` the floor
 * (with or without `input.` before them); anything else stands above the form.
 */
export function draftProblems(
  settings: AdminMatchingSettingsFragment,
  draft: MatchingDraft,
  failure: ApiErrorInfo | null,
): { byField: Record<string, string>; problems: FieldProblem[] } {
  const sent = weightsOf(settings, draft);
  const byField: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const each of failure?.fields ?? []) {
    // The input's own checks name `weights.3.weight`, the service's `input.weights`: both are the same input.
    const path = each.field.replace(/^input\./, '');
    const weight = /^weights\.(\d+)\./.exec(path);
    const fieldId = weight
      ? sent[Number(weight[1])] && weightFieldId(sent[Number(weight[1])].factor)
      : path === 'minimumProposalScore'
        ? MINIMUM_SCORE_ID
        : undefined;
    if (fieldId) byField[fieldId] ??= each.message;
    problems.push({ fieldId, message: each.message });
  }
  if (failure && !failure.fields.length && failure.message) problems.push({ message: failure.message });
  return { byField, problems };
}
