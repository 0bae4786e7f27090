import { useMutation } from '@apollo/client/react';
import { Button } from '@kakehashi/web-ui';
import { useState } from 'react';
import { ExportTalentBankRegistrantDocument } from '../../gql/graphql';
import { talentBankMessages } from './messages';

const text = talentBankMessages.export;

/** Saves the API's file (base64) under the API's name: the browser never builds the workbook itself. */
function download(filename: string, contentType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The Job Card workbook of one registrant, through the signed-in session; the API logs it as an export. */
export function ExportButton({ registrantId }: { registrantId: string }) {
  const [exportFile, { loading }] = useMutation(ExportTalentBankRegistrantDocument, {
    fetchPolicy: 'no-cache',
  });
  const [status, setStatus] = useState('');

  async function run() {
    try {
      const result = await exportFile({ variables: { id: registrantId } });
      const file = result.data?.exportTalentBankRegistrant;
      if (!file) return setStatus(text.failed);
      download(file.filename, file.contentType, file.contentBase64);
      setStatus(text.done);
    } catch {
      setStatus(text.failed);
    }
  }

  return (
    <div>
      <Button variant="secondary" isPending={loading} onPress={() => void run()}>
        {text.button}
      </Button>
      <p role="status" className="mt-1 text-sm">
        {loading ? text.busy : status}
      </p>
    </div>
  );
}
