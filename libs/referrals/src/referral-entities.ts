import { ReferralDuplicateEntity } from './duplicates/referral-duplicate.entity';
import { ReferralEventEntity } from './referrals/referral-event.entity';
import { ReferralImportEntity } from './imports/referral-import.entity';
import { ReferralNoteEntity } from './referrals/referral-note.entity';
import { ReferralEntity } from './referrals/referral.entity';

/** The referral tables' entities; every one is under row-level security (see the referrals migration). */
export const REFERRAL_ENTITIES = [
  ReferralEntity,
  ReferralEventEntity,
  ReferralNoteEntity,
  ReferralDuplicateEntity,
  ReferralImportEntity,
];
