import { ReferralDuplicateEntity } from './entities/referral-duplicate.entity';
import { ReferralEventEntity } from './entities/referral-event.entity';
import { ReferralImportEntity } from './entities/referral-import.entity';
import { ReferralNoteEntity } from './entities/referral-note.entity';
import { ReferralEntity } from './entities/referral.entity';

/** The referral tables' entities; every one is under row-level security (see the referrals migration). */
export const REFERRAL_ENTITIES = [
  ReferralEntity,
  ReferralEventEntity,
  ReferralNoteEntity,
  ReferralDuplicateEntity,
  ReferralImportEntity,
];
