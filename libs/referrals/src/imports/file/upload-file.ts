// The uploaded bytes: Base64 to a Buffer within the size limit, the format by name and content, and a CSV's text in
// the encoding it was saved in (UTF-8 with or without BOM, or Shift_JIS as Excel's 「CSV (コンマ区切り)」 writes it).
import { ReferralFileFormat } from '../../referral-enums';
import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';

/** The largest file accepted: 10,000 rows of a typical referral are about 2 MB as CSV, 1 MB as .xlsx. */
/** At most this many data rows per file. */
export const MAX_DATA_ROWS = 10_000;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '5MB';

export type CsvEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'Shift_JIS';

export interface UploadedFile {
  fileName: string;
  format: ReferralFileFormat;
  bytes: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
/** What FileReader.readAsDataURL gives; accepted so that a browser client can send it as it is. */
const DATA_URL_PREFIX = /^data:[^,]*;base64,/;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (and .doc) container. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The file's bytes, refused with one clear message when they are not Base64, empty or over the limit. */
export function decodeUpload(fileName: string, contentBase64: string): UploadedFile {
  const name = fileName.normalize('NFKC').trim();
  const base64 = contentBase64.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  // Refused before decoding, from the length alone: a 50 MB upload is not decoded to find out it is too large.
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = Math.floor((base64.length * 3) / 4) - padding;
  if (size > MAX_UPLOAD_BYTES) throw tooLarge(size);
  if (!BASE64.test(base64)) {
    throw ReferralImportException.file(
      ReferralImportExceptionCode.UNREADABLE_FILE,
      'アップロードされたファイルの内容を読み取れません(Base64形式ではありません)。もう一度ファイルを選択してください。',
    );
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge(bytes.length);
  if (bytes.length === 0) {
    throw ReferralImportException.file(
      ReferralImportExceptionCode.FILE_EMPTY,
      `ファイル「${name}」は空です(0バイト)。テンプレートに紹介を入力したファイルを選択してください。`,
    );
  }
  return { fileName: name, format: formatOf(name, bytes), bytes };
}

function tooLarge(size: number): ReferralImportException {
  const megabytes = (size / 1024 / 1024).toFixed(1);
  return ReferralImportException.file(
    ReferralImportExceptionCode.FILE_TOO_LARGE,
    `ファイルが大きすぎます(${megabytes}MB)。${MAX_UPLOAD_LABEL}以下になるよう、ファイルを分けてアップロードしてください。`,
    { sizeBytes: size, maxBytes: MAX_UPLOAD_BYTES },
  );
}

/**
 * CSV or .xlsx, by the name's extension, checked against the content: an .xlsx is a zip archive, a CSV is text. The
 * content alone cannot tell a CSV from any other text, and a zip may be any archive, so both must agree.
 */
export function formatOf(fileName: string, bytes: Buffer): ReferralFileFormat {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const unsupported = (message: string) =>
    ReferralImportException.file(ReferralImportExceptionCode.UNSUPPORTED_FILE_TYPE, message, { extension });
  if (extension === 'xlsx') {
    if (!startsWith(bytes, ZIP)) {
      throw unsupported(
        `ファイル「${fileName}」はExcelブック(.xlsx)の形式ではありません。Excelで「Excel ブック (*.xlsx)」として保存し直してください。`,
      );
    }
    return ReferralFileFormat.XLSX;
  }
  if (extension === 'csv') {
    if (startsWith(bytes, ZIP) || startsWith(bytes, OLE) || startsWith(bytes, PDF)) {
      throw unsupported(
        `ファイル「${fileName}」は拡張子が .csv ですが、中身がCSV(テキスト)ではありません。Excelブックなら拡張子を .xlsx にするか、「CSV (コンマ区切り)」で保存し直してください。`,
      );
    }
    return ReferralFileFormat.CSV;
  }
  if (extension === 'xls' || startsWith(bytes, OLE)) {
    throw unsupported(
      `古い形式のExcelファイル(.xls)には対応していません。Excelで「Excel ブック (*.xlsx)」または「CSV (コンマ区切り)」として保存し直してください。`,
    );
  }
  throw unsupported(
    `対応していないファイル形式です(「${fileName}」)。CSV(.csv)またはExcelブック(.xlsx)をアップロードしてください。テンプレートをダウンロードして使うと確実です。`,
  );
}

/**
 * A CSV's text. UTF-8 is tried first (strictly: one invalid byte and it is not UTF-8), then Shift_JIS (WHATWG
 * shift_jis, i.e. Windows-31J with the NEC and IBM extensions Excel writes, such as ① and ㈱). Valid Shift_JIS
 * Japanese is almost never valid UTF-8, so the order decides nothing for real files; pure ASCII is both and the same.
 */
export function decodeCsvText(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw encodingError(
      'このCSVファイルはUTF-16(Excelの「Unicode テキスト」)で保存されています。「CSV UTF-8 (コンマ区切り)」または「CSV (コンマ区切り)」で保存し直してください。',
    );
  }
  const bom = startsWith(bytes, UTF8_BOM);
  try {
    // The decoder drops the BOM (ignoreBOM: false, the default).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'UTF-8 (BOM)' : 'UTF-8' };
  } catch {
    if (bom) {
      throw encodingError(
        'このCSVファイルはUTF-8として保存されていますが、読み取れない文字が含まれています。「CSV UTF-8 (コンマ区切り)」で保存し直してください。',
      );
    }
  }
  try {
    return { text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes), encoding: 'Shift_JIS' };
  } catch {
    throw encodingError(
      'CSVファイルの文字コードを読み取れません(UTF-8でもShift_JISでもありません)。Excelで「CSV UTF-8 (コンマ区切り)」または「CSV (コンマ区切り)」として保存し直してください。',
    );
  }
}

function encodingError(message: string): ReferralImportException {
  return ReferralImportException.file(ReferralImportExceptionCode.UNSUPPORTED_ENCODING, message);
}
