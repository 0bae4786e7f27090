import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, formatDateTime, NumberField, PageHeader } from '@kakehashi/web-ui';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  AdminSettingsDocument,
  AdminUpdateFollowUpSettingsDocument,
  type AdminFollowUpSettingsFragment,
  type AdminSettingsQuery,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { adminMessages } from './messages';

const text = adminMessages.settings;
const FIELDS = ['firstAfterMonths', 'intervalMonths', 'beforeEndMonths', 'transferHorizonMonths'] as const;
type Field = (typeof FIELDS)[number];
const idOf = (field: Field) => `follow-up-${field}`;

/** The follow-up defaults (edited with a version check) and the nightly schedules (read-only). */
export function AdminSettingsPage() {
  usePageTitle(text.title);
  const { data, error, refetch } = useQuery(AdminSettingsDocument);
  // Kept above the form, which starts again from what is stored once a save is read back.
  const [notice, setNotice] = useState<string | null>(null);
  if (error) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <FollowUpDefaults
        key={data.caseFollowUpSettings.version}
        settings={data.caseFollowUpSettings}
        reload={() => void refetch()}
        notice={notice}
        onNotice={setNotice}
      />
      <Schedules schedules={data.jobSchedules} />
    </>
  );
}

function FollowUpDefaults({
  settings,
  reload,
  notice,
  onNotice,
}: {
  settings: AdminFollowUpSettingsFragment;
  reload: () => void;
  notice: string | null;
  onNotice: (notice: string | null) => void;
}) {
  const [draft, setDraft] = useState<Record<Field, number | null>>(() => ({
    firstAfterMonths: settings.firstAfterMonths,
    intervalMonths: settings.intervalMonths,
    beforeEndMonths: settings.beforeEndMonths,
    transferHorizonMonths: settings.transferHorizonMonths,
  }));
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  // The defaults have no id to update in Apollo's cache: they are read again, which starts the form afresh.
  const [save, saving] = useMutation(AdminUpdateFollowUpSettingsDocument, {
    refetchQueries: ['AdminSettings'],
    awaitRefetchQueries: true,
  });
  const fieldOf = (path: string) => FIELDS.find((field) => path.replace(/^input\./, '') === field);
  const problems = [
    ...(failure?.fields ?? []).map((each) => {
      const field = fieldOf(each.field);
      return { fieldId: field ? idOf(field) : undefined, message: each.message };
    }),
    ...(failure && !failure.fields.length && failure.message ? [{ message: failure.message }] : []),
  ];
  const errorFor = (field: Field) => failure?.fields.find((each) => fieldOf(each.field) === field)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.loading) return;
    onNotice(null);
    const changes = Object.fromEntries(
      FIELDS.flatMap((field) => (draft[field] === null ? [] : [[field, draft[field]]])),
    );
    try {
      await save({ variables: { input: { expectedVersion: settings.version, ...changes } } });
      setFailure(null);
      onNotice(text.saved);
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
    }
  }

  return (
    <section aria-labelledby="follow-up-defaults" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="follow-up-defaults" className="mb-2 text-xl font-bold">
        {text.followUps}
      </h2>
      <p className="mb-2">{text.followUpsLead}</p>
      <p className="mb-4 text-sm">
        {settings.updatedAt ? text.updatedAt(formatDateTime(settings.updatedAt)) : text.neverUpdated}
      </p>
      <div role="status" className="mb-4 empty:hidden">
        {notice ? <p className="rounded-8 border border-green-900 bg-green-50 p-3">{notice}</p> : null}
      </div>
      <Form
        onSubmit={(event) => void submit(event)}
        validationBehavior="aria"
        className="flex flex-col gap-4"
      >
        <div className="flex flex-col gap-3 empty:hidden">
          <ErrorSummary title={text.saveFailed} problems={problems} />
          {failure?.code === 'CONFLICT' ? (
            <div>
              <Button variant="secondary" onPress={reload}>
                {text.reload}
              </Button>
            </div>
          ) : null}
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          {FIELDS.map((field) => (
            <NumberField
              key={field}
              id={idOf(field)}
              label={text[field]}
              unit={text.months}
              value={draft[field]}
              onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
              errorMessage={errorFor(field)}
              isRequired
            />
          ))}
        </div>
        <div>
          <Button type="submit" isPending={saving.loading}>
            {text.save}
          </Button>
        </div>
      </Form>
    </section>
  );
}

function Schedules({ schedules }: { schedules: AdminSettingsQuery['jobSchedules'] }) {
  const columns = [
    { key: 'job', label: text.job },
    { key: 'pattern', label: text.pattern },
    { key: 'nextRun', label: text.nextRun },
    { key: 'envName', label: text.envName },
  ];
  return (
    <section aria-labelledby="job-schedules" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="job-schedules" className="mb-2 text-xl font-bold">
        {text.schedules}
      </h2>
      <p className="mb-4">{text.schedulesLead}</p>
      <ListTable label={text.schedulesTable} minWidth="min-w-[40rem]" columns={columns}>
        {schedules.map((schedule) => (
          <tr key={schedule.envName}>
            <th scope="row" className={rowHeadCell}>
              {schedule.title}
            </th>
            <td className={bodyCell}>
              {schedule.cron ? (
                <>
                  <span className="font-mono">{schedule.cron}</span>（{schedule.timezone}）
                </>
              ) : (
                text.off
              )}
            </td>
            <td className={bodyCell}>{schedule.nextRunAt ? formatDateTime(schedule.nextRunAt) : text.off}</td>
            <td className={`${bodyCell} font-mono`}>{schedule.envName}</td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
