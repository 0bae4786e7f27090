import { japaneseDate } from '@kakehashi/calendar';
import {
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STATUS_LABELS,
  ReferralAction,
  ReferralStatus,
  type ReferralOutcome,
} from '../referral-enums';

// What the referral notifications say, as pure functions. Texts for partners never name Center staff; texts for the
// Center name the partner (its own clients are what the Center works on).

export const REFERRAL_SUBJECT = 'REFERRAL';

export enum ReferralNotificationKind {
  STATUS_CHANGED = 'REFERRAL_STATUS_CHANGED',
  FORWARDED = 'REFERRAL_FORWARDED',
  ASSIGNED = 'REFERRAL_ASSIGNED',
  POSSIBLE_DUPLICATE = 'REFERRAL_POSSIBLE_DUPLICATE',
}

export interface NotificationText {
  title: string;
  body: string;
}

/** Client names are up to 200 characters; titles must stay within 200. */
function short(name: string, max = 60): string {
  const chars = [...name];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : name;
}

export interface StatusChangeFacts {
  clientName: string;
  action: ReferralAction;
  toStatus: ReferralStatus;
  reason: string | null;
  outcome: ReferralOutcome | null;
  outcomeOn: string | null;
  assignedOfficeName: string | null;
}

/** For the partner (the submitter and the institution's head office). */
export function statusChangeText(facts: StatusChangeFacts): NotificationText {
  const title = `紹介「${short(facts.clientName)}」: ${REFERRAL_STATUS_LABELS[facts.toStatus]}`;
  return { title, body: statusChangeBody(facts) };
}

function statusChangeBody(facts: StatusChangeFacts): string {
  const client = facts.clientName;
  switch (facts.action) {
    case ReferralAction.SUBMITTED:
      return `${client} の紹介が提出されました。内容を確認し、センターへ送付してください。`;
    case ReferralAction.FORWARDED:
      return `${client} の紹介をセンターへ送付しました。センター本部が受付を行います。`;
    case ReferralAction.AUTO_FORWARDED:
      return `${client} の紹介は提出と同時にセンターへ送付されました。センター本部が受付を行います。`;
    case ReferralAction.ACCEPTED:
      return `${client} の紹介をセンター本部が受け付けました。担当事務所が決まり次第お知らせします。`;
    case ReferralAction.RETURNED:
      return `${client} の紹介がセンター本部から差し戻されました。理由: ${facts.reason ?? '(記載なし)'}\n内容を修正して再度提出してください。`;
    case ReferralAction.ASSIGNED:
      return `${client} の紹介の担当事務所が決まりました(${facts.assignedOfficeName ?? '地方事務所'})。`;
    case ReferralAction.CONVERTED:
      return `${client} の紹介について、担当事務所が企業・求人情報を登録し、対応を開始しました。`;
    case ReferralAction.OUTCOME_REPORTED: {
      const outcome = facts.outcome ? REFERRAL_OUTCOME_LABELS[facts.outcome] : '';
      const on = facts.outcomeOn ? `(${japaneseDate(facts.outcomeOn)})` : '';
      return `${client} の紹介の結果が報告されました: ${outcome}${on}`;
    }
    case ReferralAction.WITHDRAWN:
      return `${client} の紹介は取り下げられました。理由: ${facts.reason ?? '(記載なし)'}`;
    default:
      return `${client} の紹介は「${REFERRAL_STATUS_LABELS[facts.toStatus]}」になりました。`;
  }
}

/** For Center headquarters' coordinators: a referral has reached the Center. */
export function forwardedText(facts: { clientName: string; partnerName: string }): NotificationText {
  return {
    title: `新しい紹介: ${short(facts.clientName)}`,
    body: `${facts.partnerName}から ${facts.clientName} の紹介が届きました。受付または差戻しを行ってください。`,
  };
}

/** For the consultants of the office it was assigned to. */
export function assignedText(facts: { clientName: string; partnerName: string }): NotificationText {
  return {
    title: `紹介の担当: ${short(facts.clientName)}`,
    body:
      `${facts.partnerName}からの紹介(${facts.clientName})が貴事務所の担当になりました。` +
      '企業と送出・受入情報を登録し、紹介に紐付けてください。',
  };
}

/** For the partner: the flag only, never whose referral or which offer it resembles. */
export function possibleDuplicateForPartnerText(facts: { clientName: string }): NotificationText {
  return {
    title: `紹介「${short(facts.clientName)}」: 重複の可能性`,
    body:
      `${facts.clientName} について、既にセンターで扱っている紹介または求人情報と同じ企業の可能性があります。` +
      '紹介はそのまま受け付けられ、センターが確認します。',
  };
}

/** For Center headquarters' coordinators: the details are on the referral (duplicates). */
export function possibleDuplicateForCenterText(facts: {
  clientName: string;
  partnerName: string;
}): NotificationText {
  return {
    title: `重複の可能性: ${short(facts.clientName)}`,
    body: `${facts.partnerName}からの紹介(${facts.clientName})は、既存の紹介または送出・受入情報と同じ企業の可能性があります。紹介の「重複候補」を確認してください。`,
  };
}
