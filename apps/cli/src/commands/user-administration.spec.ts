import { Readable } from 'node:stream';
import { readPasswordFromStdin } from './user-administration';

describe('readPasswordFromStdin', () => {
  const read = (...chunks: string[]) =>
    readPasswordFromStdin(Readable.from(chunks.map((c) => Buffer.from(c))));

  it('drops the one line break echo or a here-string adds (LF or CRLF)', async () => {
    await expect(read('secret passphrase\n')).resolves.toBe('secret passphrase');
    await expect(read('secret passphrase\r\n')).resolves.toBe('secret passphrase');
  });

  it('keeps everything else, spaces and multi-byte characters included, across chunks', async () => {
    await expect(read(' 空白も ', '含めて\n\n')).resolves.toBe(' 空白も 含めて\n');
    await expect(read('no-newline')).resolves.toBe('no-newline');
  });
});
