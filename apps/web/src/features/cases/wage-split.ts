// The wage split of a secondment contract as the form shows it while it is typed: each side's share in % or 円, and
// whether the two make the whole (100%, or the monthly wage). A hint only: the API checks the split when it is saved
// and its field errors are what count.
import { formatYen } from '@kakehashi/web-ui';
import type { WageShareUnit } from '../../gql/graphql';
import { caseMessages } from './messages';

export interface WageSplitInput {
  unit: WageShareUnit | null;
  monthlyWage: number | null;
  senderShare: number | null;
  receiverShare: number | null;
}

export type WageSplitBalance = 'balanced' | 'short' | 'over' | 'incomplete';

export interface WageSplitView {
  balance: WageSplitBalance;
  /** One sentence for the live region under the fields. */
  summary: string;
  /** Each side as a person reads it: 「60%」, or 「180,000円（60%）」 when the monthly wage is known. */
  sender: string | null;
  receiver: string | null;
}

const text = caseMessages.wageSplit;

function percent(value: number): string {
  return `${Math.round(value * 10) / 10}%`;
}

function yenShare(amount: number, whole: number | null): string {
  return whole ? `${formatYen(amount)}（${percent((amount / whole) * 100)}）` : formatYen(amount);
}

export function wageSplitView({
  unit,
  monthlyWage,
  senderShare,
  receiverShare,
}: WageSplitInput): WageSplitView {
  if (!unit) return { balance: 'incomplete', summary: text.chooseUnit, sender: null, receiver: null };
  const show = (share: number | null) =>
    share === null ? null : unit === 'PERCENT' ? percent(share) : yenShare(share, monthlyWage);
  const sender = show(senderShare);
  const receiver = show(receiverShare);
  if (senderShare === null || receiverShare === null) {
    return { balance: 'incomplete', summary: text.enterBoth, sender, receiver };
  }
  const total = senderShare + receiverShare;
  if (unit === 'PERCENT') {
    return {
      sender,
      receiver,
      ...balanceOf(total, 100, percent, () =>
        text.balancedPercent(percent(senderShare), percent(receiverShare)),
      ),
    };
  }
  if (monthlyWage === null) return { balance: 'incomplete', summary: text.needWage, sender, receiver };
  return {
    sender,
    receiver,
    ...balanceOf(total, monthlyWage, formatYen, () =>
      text.balancedYen(formatYen(senderShare), formatYen(receiverShare), formatYen(monthlyWage)),
    ),
  };
}

function balanceOf(
  total: number,
  whole: number,
  show: (value: number) => string,
  balanced: () => string,
): { balance: WageSplitBalance; summary: string } {
  if (total === whole) return { balance: 'balanced', summary: balanced() };
  if (total < whole) return { balance: 'short', summary: text.short(show(total), show(whole - total)) };
  return { balance: 'over', summary: text.over(show(total), show(total - whole)) };
}

/**
 * A whole number as typed in a Japanese office: full-width digits, thousands commas and a trailing 円 or % are fine.
 * Blank is null; anything else that is not a whole number is NaN (the form says so at the field).
 */
export function parseWholeNumber(typed: string): number | null {
  const plain = typed.normalize('NFKC').replace(/[,\s円%]/g, '');
  if (plain === '') return null;
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
}
