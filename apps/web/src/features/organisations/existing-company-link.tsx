import { Link } from '@tanstack/react-router';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { companyMessages } from './messages';

/** When the 法人番号 is already registered, the way to the company that has it (instead of registering twice). */
export function ExistingCompanyLink({ failure }: { failure: ApiErrorInfo | null }) {
  const existing =
    failure?.reason === 'CORPORATE_NUMBER_TAKEN' ? failure.extensions?.['existingCompanyId'] : null;
  if (typeof existing !== 'string') return null;
  return (
    <p>
      <Link
        to="/companies/$companyId"
        params={{ companyId: existing }}
        className="font-bold text-blue-900 underline underline-offset-4"
      >
        {companyMessages.form.existing}
      </Link>
    </p>
  );
}
