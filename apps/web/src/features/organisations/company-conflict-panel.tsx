import { ConflictPanel } from '../../shared/conflict-panel';
import type { FieldDifference } from '../../shared/record-conflict';
import type { CompanyField } from './company-form-values';
import { companyFieldLabels, companyMessages } from './messages';
import type { CompanyReferenceLists } from './use-company-reference-lists';

/** Which reference list a field's value is a code of. */
const LISTED: Partial<Record<CompanyField, Parameters<CompanyReferenceLists['labelOf']>[0]>> = {
  jsicMajorCode: 'industries',
  prefectureCode: 'prefectures',
  owningOfficeId: 'offices',
  size: 'sizes',
};

/** A stale save of a company, explained on the edit page (names instead of codes and ids in the table). */
export function CompanyConflictPanel({
  differences,
  lists,
  onReapply,
  onDiscard,
}: {
  differences: FieldDifference<CompanyField>[];
  lists: CompanyReferenceLists;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  return (
    <ConflictPanel
      id="company-conflict"
      placement="page"
      text={companyMessages.conflict}
      differences={differences}
      labels={companyFieldLabels}
      display={(field, value) => {
        const list = LISTED[field];
        return list ? lists.labelOf(list, value) : value;
      }}
      onReapply={onReapply}
      onDiscard={onDiscard}
    />
  );
}
