// The daily logs of a fixed-term practical training (spec §5.14): the trainee's OJT diary, one entry per day of OJT
// (OJT実施状況報告書（訓練日誌）, 様式第7号 別添様式2-5, R-LOG-1), and the Off-JT report, one entry per day of Off-JT
// (OFF-JT実施状況報告書, 別添様式2-4a, R-LOG-2). Times are HH:MM on the day; durations are integer minutes (spec §2.1).

export interface OjtDiaryEntry {
  /** ④ 実施日, YYYY-MM-DD. */
  readonly date: string;
  /** ⑤ 訓練実施時間, HH:MM – HH:MM. */
  readonly from: string;
  readonly to: string;
  /** 受講時間数. */
  readonly attendedMinutes: number;
  /** 実施した内容. */
  readonly content: string;
  /** 訓練生の考察・感想. */
  readonly reflection: string;
  /** The day the trainer checked the entry (⑦ 訓練担当者); null until then. */
  readonly trainerConfirmedOn: string | null;
}

export interface OffJtReportEntry {
  /** ⑥ 実施日, YYYY-MM-DD. */
  readonly date: string;
  /** ⑦ 訓練実施時間帯, HH:MM – HH:MM: its length is the 実訓練時間数. */
  readonly from: string;
  readonly to: string;
  /** うち除外時間数: breaks, lunch, travel inside the band (S001:481). */
  readonly excludedMinutes: number;
  /** 受講時間数. */
  readonly attendedMinutes: number;
  /** The provider's unit time (1単位時間), when it teaches in units; null otherwise. */
  readonly unitMinutes: number | null;
  /** 実施内容. */
  readonly content: string;
  /** The day the provider certified the entry (⑧ 訓練実施機関の証明); null until then. */
  readonly providerCertifiedOn: string | null;
}

export interface TrainingLog {
  /** The training period, YYYY-MM-DD, both days included. */
  readonly period: { readonly start: string; readonly end: string };
  readonly ojt: readonly OjtDiaryEntry[];
  readonly offJt: readonly OffJtReportEntry[];
}
