import type { AuthUser } from '@kakehashi/authz';
import { loadSkillDictionary } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertOfficeScope } from '../../access/registrant-access.policy';
import { PersonalDataCipher } from '../../crypto/personal-data-cipher';
import type { UpdateRegistrantInput } from '../dtos/registrant.inputs';
import { RegistrantEntity } from '../registrant.entity';
import { normaliseCareer, normaliseWishes } from '../rules/career-and-wishes';
import { decideEligibility } from '../rules/eligibility';
import {
  checked,
  dateOfBirth,
  emailAddress,
  FieldCollector,
  kanaText,
  optionalText,
  personNameSearchKey,
  phoneNumber,
  prefectureCode,
  requiredText,
} from '../rules/registrant-fields';
import { TalentBankClock } from '../../talent-bank-clock';
import { Gender, REGISTRANT_STATUS_LABELS, RegistrantStatus } from '../../talent-bank-enums';
import { TalentBankException } from '../../talent-bank.exception';
import { TalentBankRecords } from '../../shared/talent-bank-records';

/**
 * Edits an active registration (a closed one is no longer worked: after a withdrawal the data may only wait for its
 * anonymisation). Omitted fields keep their value; a contact field given as null is removed. Every sealed field is
 * sealed again under the current key, so a write also completes a key rotation for the row.
 */
@Injectable()
export class UpdateRegistrantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: TalentBankClock,
    private readonly records: TalentBankRecords,
  ) {}

  async update(user: AuthUser, input: UpdateRegistrantInput): Promise<RegistrantEntity> {
    const today = this.clock.today();
    const dictionary = input.career ? await loadSkillDictionary(this.dataSource) : null;
    await this.dataSource.transaction(async (manager) => {
      const current = await this.records.lockedRegistrant(input.id, manager);
      assertOfficeScope(
        user,
        current,
        'この登録者',
        await this.records.officeName(current.officeId, manager),
      );
      if (current.version !== input.expectedVersion) throw TalentBankException.staleVersion(current.version);
      if (current.status !== RegistrantStatus.ACTIVE)
        throw TalentBankException.closed(REGISTRANT_STATUS_LABELS[current.status], current.version);

      const open = (sealed: string | null, field: 'dateOfBirth' | 'phone' | 'email' | 'address') =>
        this.cipher.decryptNullable(sealed, current.id, field);
      const errors = new FieldCollector('input');
      const name = input.name == null ? current.name : requiredText(errors, 'name', input.name, '氏名', 100);
      const kana = input.kana == null ? current.kana : kanaText(errors, 'kana', input.kana);
      const birth =
        input.dateOfBirth == null
          ? open(current.dateOfBirthCiphertext, 'dateOfBirth')
          : dateOfBirth(errors, input.dateOfBirth, today);
      const phone =
        input.phone === undefined ? open(current.phoneCiphertext, 'phone') : phoneNumber(errors, input.phone);
      const email =
        input.email === undefined
          ? open(current.emailCiphertext, 'email')
          : emailAddress(errors, input.email);
      const address =
        input.address === undefined
          ? open(current.addressCiphertext, 'address')
          : optionalText(errors, 'address', input.address, '住所', 300);
      if (!phone && !email && !errors.has('phone') && !errors.has('email'))
        errors.add('phone', 'ご本人への連絡先として、電話番号またはメールアドレスを入力してください。');
      const prefecture =
        input.prefectureCode == null
          ? current.prefectureCode
          : prefectureCode(errors, 'prefectureCode', input.prefectureCode, true);
      if (input.gender && !Object.values(Gender).includes(input.gender))
        errors.add('gender', '性別の指定が正しくありません。');
      const career =
        input.career && dictionary ? normaliseCareer(errors, input.career, today, dictionary) : null;
      const wishes = input.wishes ? normaliseWishes(errors, input.wishes) : null;
      if (errors.errors.length > 0) throw TalentBankException.invalidInput(errors.errors);

      // A corrected date of birth must still meet the rules on the registration day.
      const eligibility = decideEligibility({
        dateOfBirth: checked(birth),
        registeredOn: current.registeredOn,
        reason: current.eligibilityReason,
        leftJobOn: current.leftJobOn,
      });
      if (!eligibility.eligible) throw TalentBankException.notEligible(eligibility.problems);

      const result = await manager
        .createQueryBuilder()
        .update(RegistrantEntity)
        .set({
          name,
          kana,
          nameSearchKey: personNameSearchKey(name),
          kanaSearchKey: personNameSearchKey(kana),
          dateOfBirthCiphertext: this.cipher.encrypt(checked(birth), current.id, 'dateOfBirth'),
          phoneCiphertext: this.cipher.encryptNullable(phone, current.id, 'phone'),
          emailCiphertext: this.cipher.encryptNullable(email, current.id, 'email'),
          addressCiphertext: this.cipher.encryptNullable(address, current.id, 'address'),
          encryptionKeyId: this.cipher.keyId,
          prefectureCode: checked(prefecture),
          gender: input.gender === undefined ? current.gender : input.gender,
          ageBandAtRegistration: eligibility.ageBand,
          ...(career ?? {}),
          ...(wishes ?? {}),
          updatedByUserId: user.id,
        })
        .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
        .execute();
      if (!result.affected) throw TalentBankException.staleVersion(current.version);
    });
    return this.records.registrant(input.id);
  }
}
