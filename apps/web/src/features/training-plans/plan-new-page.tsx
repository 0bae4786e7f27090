import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, PageHeader } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { PlanCompanyDocument, PlanSaveDocument } from '../../gql/graphql';
import { fieldMessage } from '../../shared/api-errors';
import { BusyNote, localProblem, problemsOf, useActionFailure } from '../../shared/form-problems';
import { CompanyPicker, type PickedCompany } from '../organisations/company-picker';
import { PlanEditor } from './plan-editor';
import { planFieldId } from './plan-fields';
import { emptyPlanForm, toDraftInput } from './plan-form';
import { linkClass } from './plan-links';
import { RegistrantPicker, type PickedRegistrant } from './registrant-picker';
import { usePlanCheck } from './use-plan-check';
import { planMessages } from './messages';

const text = planMessages.create;

/**
 * A new plan for a company (from the URL when the consultant came from a company or a case), optionally with a
 * registrant as the trainee. Checked live as typed; saved as a draft whatever the findings, then opened.
 */
export function TrainingPlanNewPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/jobcard/plans/new' });
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<PickedCompany | null | undefined>(undefined);
  const { data: companyData } = useQuery(PlanCompanyDocument, {
    variables: { id: search.companyId ?? '' },
    skip: !search.companyId,
  });
  // The URL's company until the user picks another.
  const company = chosen === undefined ? (companyData?.company ?? null) : chosen;
  const [registrant, setRegistrant] = useState<PickedRegistrant | null>(null);
  const [traineeName, setTraineeName] = useState('');
  const [form, setForm] = useState(emptyPlanForm);
  const check = usePlanCheck(form, null);
  const { failure, attempt } = useActionFailure(text.failed);
  const [localFailure, setLocalFailure] = useState<ReturnType<typeof localProblem> | null>(null);
  const [save, { loading }] = useMutation(PlanSaveDocument);
  const shown = localFailure ?? failure;

  async function submit() {
    if (!company) {
      setLocalFailure(localProblem('companyId', text.noCompany));
      return;
    }
    setLocalFailure(null);
    await attempt(async () => {
      const { data } = await save({
        variables: {
          input: {
            companyId: company.id,
            caseId: search.caseId ?? null,
            registrantId: registrant?.id ?? search.registrantId ?? null,
            traineeName,
            draft: toDraftInput(form),
          },
        },
      });
      const id = data?.saveTrainingPlan.id;
      if (id)
        await navigate({
          to: '/jobcard/plans/$planId',
          params: { planId: id },
          search: { saved: 'created' },
        });
    });
  }

  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <>
            <span className="block">{text.lead}</span>
            <Link to="/jobcard/plans" search={{ companyId: search.companyId }} className={linkClass}>
              {text.back}
            </Link>
          </>
        }
      />
      <form
        className="flex flex-col gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary title={text.failed} problems={problemsOf(shown, planFieldId)} />
        <section
          aria-label={text.company}
          className="grid gap-4 rounded-16 bg-white p-6 shadow-sm md:grid-cols-2"
        >
          <CompanyPicker
            id="plan-company"
            label={text.company}
            value={company}
            onChange={setChosen}
            errorMessage={fieldMessage(shown, 'companyId')}
            isRequired
          />
          <RegistrantPicker
            value={registrant}
            onChange={(picked) => {
              setRegistrant(picked);
              if (picked && !traineeName.trim()) setTraineeName(picked.name);
            }}
            errorMessage={fieldMessage(shown, 'registrantId')}
          />
          {search.caseId ? <p className="md:col-span-2">{text.caseLinked}</p> : null}
        </section>
        <PlanEditor
          form={form}
          onChange={setForm}
          traineeName={traineeName}
          onTraineeName={setTraineeName}
          validation={check.validation}
          checking={check.checking}
          failure={shown}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" isPending={loading}>
            {text.submit}
          </Button>
          <BusyNote busy={loading} message={text.busy} />
        </div>
      </form>
    </>
  );
}
