import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import {
  CreateCompanyDocument,
  ReferralMatchingCompaniesDocument,
  type CenterReferralDetailFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { CompanyPicker, type PickedCompany } from '../organisations/company-picker';
import { ConvertSection } from './convert-section';
import { centerReferralMessages } from './messages';
import { nextConvertStep } from './referral-search';

const text = centerReferralMessages.convert;

/**
 * The first step of turning an assigned referral into offers: the company, matched by 法人番号 when the referral has
 * one, else chosen; or registered from what the referral says (name, 法人番号, industry, prefecture, size, staff),
 * owned by the assigned office.
 */
export function ConvertStart({ referral }: { referral: CenterReferralDetailFragment }) {
  const navigate = useNavigate();
  const number = referral.clientCorporateNumber;
  const match = useQuery(ReferralMatchingCompaniesDocument, {
    variables: { corporateNumber: number ?? '' },
    skip: !number,
  });
  if (match.error) throw match.error;
  const matched = match.data?.companies.edges[0]?.node ?? null;
  const [picked, setPicked] = useState<PickedCompany | null>(null);
  const [create, creating] = useMutation(CreateCompanyDocument);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);

  const start = (companyId: string) =>
    void navigate({
      to: '/office/referrals/$referralId',
      params: { referralId: referral.id },
      search: { step: nextConvertStep(referral.need, 'company'), companyId },
    });

  async function createCompany() {
    try {
      const result = await create({
        variables: {
          input: {
            legalName: referral.clientName,
            corporateNumber: referral.clientCorporateNumber,
            jsicMajorCode: referral.clientJsicMajorCode,
            prefectureCode: referral.clientPrefectureCode,
            size: referral.clientSize,
            employeeCount: referral.clientEmployeeCount,
            owningOfficeId: referral.assignedOffice?.id,
          },
        },
      });
      if (result.data) start(result.data.createCompany.id);
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setFailure(info);
    }
  }

  const chosen = matched ?? picked;
  return (
    <ConvertSection id="convert-start" lead={text.lead} failure={failure}>
      {number && match.loading ? null : matched ? (
        <p className="mb-4">{text.matched(matched.legalName, matched.owningOffice.nameJa)}</p>
      ) : number ? (
        <p className="mb-4">{text.noMatch}</p>
      ) : (
        <>
          <p className="mb-4">{text.noNumber}</p>
          <div className="mb-4 max-w-xl">
            <CompanyPicker id="convert-company" label={text.pick} value={picked} onChange={setPicked} />
          </div>
        </>
      )}
      <div className="flex flex-wrap gap-3">
        {chosen ? (
          <Button onPress={() => start(chosen.id)}>{text.useCompany(chosen.legalName)}</Button>
        ) : null}
        {!matched && !(number && match.loading) ? (
          <Button
            variant={chosen ? 'secondary' : 'primary'}
            isPending={creating.loading}
            onPress={() => void createCompany()}
          >
            {text.createCompany}
          </Button>
        ) : null}
      </div>
    </ConvertSection>
  );
}
