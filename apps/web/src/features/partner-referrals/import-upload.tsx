import { useMutation } from '@apollo/client/react';
import { Button, ScrollRegion } from '@kakehashi/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { DropZone, FileTrigger, Button as AriaButton, type DropItem } from 'react-aria-components';
import {
  ImportReferralsDocument,
  ValidateReferralImportDocument,
  type ValidateReferralImportMutation,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { csvWithBom, fileAsBase64, saveFile } from './files';
import { partnerReferralMessages } from './messages';

const text = partnerReferralMessages.imports;
const ACCEPTED = [
  '.csv',
  '.xlsx',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

type Report = ValidateReferralImportMutation['validateReferralImport'];

interface Upload {
  fileName: string;
  contentBase64: string;
}

/**
 * Choose or drop a file; the dry run checks it at once and shows every bad row (its Excel row number, column and the
 * API's message) in a table that can be downloaded; a file without errors can then be imported, and the import's own
 * page follows its progress. Nothing is written before 登録する.
 */
export function ImportUpload() {
  const navigate = useNavigate();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [validate, validation] = useMutation(ValidateReferralImportDocument);
  const [start, starting] = useMutation(ImportReferralsDocument);

  async function choose(file: File | undefined) {
    if (!file) return;
    const next = { fileName: file.name, contentBase64: await fileAsBase64(file) };
    setUpload(next);
    setReport(null);
    setRefusal(null);
    try {
      const result = await validate({ variables: { file: next } });
      setReport(result.data?.validateReferralImport ?? null);
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  async function confirm() {
    if (!upload) return;
    try {
      const result = await start({ variables: { file: upload } });
      const started = result.data?.importReferrals;
      if (started) {
        await navigate({
          to: '/referrals/imports/$importId',
          params: { importId: started.id },
          search: started.alreadyImported ? { again: true } : {},
        });
      }
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  return (
    <>
      <section aria-labelledby="import-upload" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
        <h2 id="import-upload" className="mb-2 text-xl font-bold">
          {text.uploadTitle}
        </h2>
        <p className="mb-4">{text.uploadLead}</p>
        <DropZone
          aria-label={text.drop}
          getDropOperation={() => 'copy'}
          onDrop={(event) => void firstFile(event.items).then(choose)}
          className="flex flex-col items-center gap-3 rounded-8 border-2 border-dashed border-solid-gray-600 p-6 text-center outline-none drop-target:border-blue-900 drop-target:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          <span>{text.drop}</span>
          <FileTrigger acceptedFileTypes={ACCEPTED} onSelect={(files) => void choose(files?.[0])}>
            <AriaButton className="inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 py-2 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow">
              {text.choose}
            </AriaButton>
          </FileTrigger>
        </DropZone>
        {upload ? <p className="mt-3">{text.chosen(upload.fileName)}</p> : null}
        <div aria-live="polite">{validation.loading ? <p className="mt-3">{text.checking}</p> : null}</div>
        {refusal ? (
          <div role="alert" className="mt-4 rounded-8 border-2 border-error-1 bg-white p-3">
            <p className="font-bold text-error-2">{text.failed}</p>
            <p>{refusal}</p>
          </div>
        ) : null}
      </section>
      {report && upload ? (
        <ImportReport
          report={report}
          fileName={upload.fileName}
          importing={starting.loading}
          onConfirm={() => void confirm()}
        />
      ) : null}
    </>
  );
}

async function firstFile(items: DropItem[]): Promise<File | undefined> {
  const item = items.find((each) => each.kind === 'file');
  return item && item.kind === 'file' ? item.getFile() : undefined;
}

/** The API's message for a refused file, with its field messages (format, encoding, headings) after it. */
function refusalOf(error: unknown): string {
  const info = apiErrorOf(error);
  if (!info) throw error;
  const details = info.fields.map((each) => each.message).filter((message) => message !== info.message);
  return [info.message, ...details].filter(Boolean).join(' ');
}

function ImportReport({
  report,
  fileName,
  importing,
  onConfirm,
}: {
  report: Report;
  fileName: string;
  importing: boolean;
  onConfirm: () => void;
}) {
  const table = [
    [text.rowNumber, text.column, text.message],
    ...report.errors.map((e) => [String(e.rowNumber), e.column ?? text.noColumn, e.message]),
  ];
  return (
    <section aria-labelledby="import-report" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="import-report" className="mb-2 text-xl font-bold">
        {text.reportTitle}
      </h2>
      <div role={report.valid ? 'status' : 'alert'}>
        <p className={report.valid ? 'font-bold' : 'font-bold text-error-2'}>{report.summary}</p>
      </div>
      <ul className="mt-2 list-disc pl-6">
        <li>{text.rows(report.rowCount)}</li>
        {report.encoding ? <li>{text.encoding(report.encoding)}</li> : null}
      </ul>
      {report.errors.length ? (
        <>
          <h3 className="mb-2 mt-4 text-lg font-bold">{text.errorsTitle}</h3>
          <ScrollRegion label={text.errorsTableLabel}>
            <table className="w-full border-collapse">
              <thead>
                <tr>
                  {table[0].map((heading) => (
                    <th key={heading} scope="col" className={th}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, i) => (
                  <tr key={`${error.rowNumber}-${error.column ?? ''}-${i}`}>
                    <th scope="row" className={`${td} text-left font-normal`}>
                      {error.rowNumber}
                    </th>
                    <td className={td}>{error.column ?? text.noColumn}</td>
                    <td className={td}>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button
              variant="secondary"
              onPress={() => saveFile(text.errorsFileName(fileName), 'text/csv', csvWithBom(table))}
            >
              {text.downloadErrors}
            </Button>
            <p>{text.fixAndRetry}</p>
          </div>
        </>
      ) : null}
      {report.valid ? (
        <div className="mt-4">
          <h3 className="mb-2 text-lg font-bold">{text.confirmTitle}</h3>
          <Button onPress={onConfirm} isPending={importing}>
            {importing ? text.importing : text.confirm(report.rowCount)}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
