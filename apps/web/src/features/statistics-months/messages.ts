import { formatCount, formatFiscalYear } from '@kakehashi/web-ui';

/** All Japanese text of the months screen (source labels come from the API). */
export const monthsMessages = {
  title: '月の締め',
  /** What closing means, as the API describes closeStatisticsMonth. */
  lead: '月を締めると、その月の数値が確定し、速報値ではなくなります。締めた時点の全国の数値が記録されます。締められるのは、終わった月のうち集計開始月以降の月で、各月一度だけです（取り消せません）。',
  preliminaryMeaning:
    '速報値: 本部が締めていない月の集計値と、公表資料で速報値とされている数値です。今後修正される場合があります。',
  fiscalYear: (fy: number) => formatFiscalYear(fy),
  previousYear: '前の年度',
  nextYear: '次の年度',
  yearNav: '年度の切り替え',
  tableLabel: (fy: number) => `${formatFiscalYear(fy)}の月別の状態`,
  columns: {
    month: '月',
    state: '状態',
    source: '数値の種類',
    receiving: '受入情報',
    sending: '送出情報',
    established: '成立',
    actions: '操作',
  },
  preliminary: '速報値',
  closed: '確定（締め済み）',
  final: '確定',
  people: (n: number | null) => (n === null ? '—' : formatCount(n, '人')),
  close: '締める',
  closeFor: (month: string) => `${month}を締める`,
  dialog: {
    title: (month: string) => `${month}を締める`,
    body: (month: string) =>
      `${month}の数値を確定します。締めた後は速報値ではなくなり、締めた時点の全国の数値が記録されます。締めは取り消せません。`,
    submit: '締める',
    cancel: 'キャンセル',
    failed: '締められませんでした',
    busy: '締めています…',
  },
  done: (month: string) => `${month}を締めました。数値は確定しました。`,
} as const;
