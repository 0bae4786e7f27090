// What the living demo statistics consist of, as plain rows (no database): twelve fictitious companies of their own
// (a sender and a receiver in each of six regional offices), and for every ended live month and office one closed
// sending and one closed receiving information and one case established between them (the receiver in the same or
// another office, so the industry flows cross regions). Figures vary by office and month but are the same on every
// computation: no randomness.
import { randomUUID } from 'node:crypto';
import { corporateNumberCheckDigit } from '@kakehashi/text';
import { DEFAULT_STATISTICS_LIVE_FROM } from '../statistics-settings';
import { addMonthsTo, monthsBetween } from '../periods/year-month';

export interface DemoStatisticsCompany {
  officeCode: string;
  side: 'SENDING' | 'RECEIVING';
  legalName: string;
  corporateNumber: string;
  jsicMajorCode: string;
}

/** A 法人番号 from its 12-digit body: the check digit goes first. */
const withCheckDigit = (body: string): string => `${corporateNumberCheckDigit(body)}${body}`;

/** Office (prefecture) code, sender's name and JSIC group, receiver's name and JSIC group. */
const OFFICES: [string, string, string, string, string][] = [
  ['01', '統計デモ北海食品工業株式会社', 'E', '統計デモ札幌物流株式会社', 'H'],
  ['04', '統計デモ仙台電子株式会社', 'E', '統計デモみやぎ介護サービス株式会社', 'P'],
  ['23', '統計デモ中部自動車部品株式会社', 'E', '統計デモ名古屋建設株式会社', 'D'],
  ['27', '統計デモ浪速商事株式会社', 'I', '統計デモ関西情報システム株式会社', 'G'],
  ['34', '統計デモ瀬戸内造船株式会社', 'E', '統計デモ広島運輸株式会社', 'H'],
  ['40', '統計デモ九州ホテル株式会社', 'M', '統計デモ博多ビルサービス株式会社', 'R'],
];

/** The demo statistics company of an office on a side. */
export function demoStatisticsCompany(
  officeCode: string,
  side: 'SENDING' | 'RECEIVING',
): DemoStatisticsCompany {
  const company = DEMO_STATISTICS_COMPANIES.find((c) => c.officeCode === officeCode && c.side === side);
  if (!company) throw new Error(`no demo statistics company for office ${officeCode}`);
  return company;
}

/** 北海道, 宮城, 愛知, 大阪, 広島, 福岡: one regional office in each of six regions. */
export const DEMO_STATISTICS_OFFICES = OFFICES.map(([code]) => code);

export const DEMO_STATISTICS_COMPANIES: DemoStatisticsCompany[] = OFFICES.flatMap(
  ([officeCode, sender, senderJsic, receiver, receiverJsic]) => [
    {
      officeCode,
      side: 'SENDING' as const,
      legalName: sender,
      corporateNumber: withCheckDigit(`71${officeCode}00000001`),
      jsicMajorCode: senderJsic,
    },
    {
      officeCode,
      side: 'RECEIVING' as const,
      legalName: receiver,
      corporateNumber: withCheckDigit(`71${officeCode}00000002`),
      jsicMajorCode: receiverJsic,
    },
  ],
);

export type DemoMoveType = 'SECONDMENT' | 'TRANSFER';

export interface DemoStatisticsMonthRow {
  /** YYYY-MM */
  month: string;
  sending: {
    id: string;
    officeCode: string;
    receivedOn: string;
    moveType: DemoMoveType | 'EITHER';
    people: number;
    jobTitle: string;
  };
  receiving: {
    id: string;
    officeCode: string;
    receivedOn: string;
    acceptsSecondment: boolean;
    acceptsTransfer: boolean;
    people: number;
    jobTitle: string;
  };
  established: {
    caseId: string;
    moveType: DemoMoveType;
    occurredOn: string;
    people: number;
    /** The people placed, as the case records them (placeholders, no one's name). */
    workers: DemoWorker[];
  };
}

export interface DemoWorker {
  id: string;
  label: string;
  consentOn: string;
  consentMethod: string;
  established: true;
  withdrawnOn: null;
}

/** The month before `day`'s (YYYY-MM): the last one that has ended. */
export function lastEndedMonth(day: string): string {
  return addMonthsTo(day.slice(0, 7), -1);
}

/** Every month from the cut-over to the last ended one before `today` (YYYY-MM-DD), each office's row. */
export function planDemoStatistics(
  today: string,
  liveFrom = DEFAULT_STATISTICS_LIVE_FROM,
): DemoStatisticsMonthRow[] {
  const last = lastEndedMonth(today);
  if (last < liveFrom) return [];
  return monthsBetween(liveFrom, last).flatMap((month, m) =>
    // The receivers this month: the offices shifted by a step that changes monthly (0: the same office).
    OFFICES.map(([officeCode], o) => monthRow(month, m, o, officeCode, m % OFFICES.length)),
  );
}

function monthRow(
  month: string,
  m: number,
  o: number,
  officeCode: string,
  shift: number,
): DemoStatisticsMonthRow {
  const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
  const moveType: DemoMoveType = (o * 7 + m * 5) % 10 < 5 ? 'SECONDMENT' : 'TRANSFER';
  const people = 1 + ((o * 3 + m * 7) % 3);
  const receivingOffice = OFFICES[(o + shift) % OFFICES.length][0];
  const occurred = 14 + ((o + m * 3) % 13);
  return {
    month,
    sending: {
      id: randomUUID(),
      officeCode,
      receivedOn: day(2 + ((o + m) % 8)),
      moveType: (o + m) % 4 === 0 ? 'EITHER' : moveType,
      people: people + ((o + m) % 3),
      jobTitle: `統計デモ 送出情報 ${officeCode} ${month}`,
    },
    receiving: {
      id: randomUUID(),
      officeCode: receivingOffice,
      receivedOn: day(1 + ((o * 2 + m) % 9)),
      acceptsSecondment: moveType === 'SECONDMENT' || m % 4 === 0,
      acceptsTransfer: moveType === 'TRANSFER' || m % 3 === 0,
      people: people + ((o * 2 + m) % 4),
      jobTitle: `統計デモ 受入情報 ${receivingOffice} ${month}`,
    },
    established: {
      caseId: randomUUID(),
      moveType,
      occurredOn: day(occurred),
      people,
      workers: Array.from({ length: people }, (_v, i) => ({
        id: randomUUID(),
        label: `従事者${i + 1}`,
        consentOn: day(occurred - 3),
        consentMethod: '同意書(書面)',
        established: true as const,
        withdrawnOn: null,
      })),
    },
  };
}
