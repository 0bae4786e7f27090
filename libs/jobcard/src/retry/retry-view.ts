import { RETRY_MENUS, RETRY_PROJECT, type RetryMenu, retryMenu, retryMenuTitle } from './retry-catalogue';
import type { RetryNoteEntity } from './retry-note.entity';
import type {
  RetryCatalogueModel,
  RetryMenuModel,
  RetryNoteModel,
  RetrySuggestionModel,
} from './retry.model';
import type { RetrySuggestion } from './rules/suggest-retry-menus';

export const toRetryMenuModel = (menu: RetryMenu): RetryMenuModel => ({
  ...menu,
  title: retryMenuTitle(menu),
});

export function toRetryCatalogueModel(): RetryCatalogueModel {
  const { contact, years, ...project } = RETRY_PROJECT;
  return {
    project: {
      ...project,
      years: years.map((year) => ({ ...year })),
      contactOffice: contact.office,
      contactPhone: contact.phone,
      contactExtension: contact.extension,
    },
    menus: RETRY_MENUS.map(toRetryMenuModel),
  };
}

export const toRetrySuggestionModel = (suggestion: RetrySuggestion): RetrySuggestionModel => ({
  menu: toRetryMenuModel(suggestion.menu),
  reason: suggestion.reason,
  gapItems: [...suggestion.gapItems],
});

export const toRetryNoteModel = (note: RetryNoteEntity): RetryNoteModel => ({
  id: note.id,
  menuId: note.menuId,
  menu: toRetryMenuModel(retryMenu(note.menuId)),
  caseId: note.caseId,
  registrantId: note.registrantId,
  status: note.status,
  note: note.note,
  notedOn: note.notedOn,
  version: note.version,
  createdAt: note.createdAt,
  updatedAt: note.updatedAt,
});
