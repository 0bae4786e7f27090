export * from './retry-catalogue';
export { RETRY_PROFILE_REASONS } from './retry.messages';
export { isItTerm } from './rules/it-terms';
export {
  MIDDLE_AGE_FROM,
  suggestRetryMenus,
  type RetryCareerKind,
  type RetryItLevel,
  type RetryPerson,
  type RetrySkillGap,
  type RetrySuggestion,
} from './rules/suggest-retry-menus';
