import { PageHeader } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../../app/use-page-title';
import { partnerMessages } from './messages';

const text = partnerMessages.notFound;

/**
 * What a referral the partner may not see shows (another institution's, another branch's, or none): the same page as
 * a referral that does not exist, so nothing says whether it does.
 */
export function ReferralNotFound() {
  usePageTitle(text.title);
  return (
    <>
      <PageHeader title={text.title} />
      <p>{text.body}</p>
      <p className="mt-6">
        <Link to="/" className="font-bold text-blue-900 underline">
          {text.home}
        </Link>
      </p>
    </>
  );
}

/** Whether the API's answer means "no such referral for you". */
export function isReferralNotFound(code: string | null): boolean {
  return code === 'NOT_FOUND';
}
