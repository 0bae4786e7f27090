import type { AuthUser } from '@kakehashi/authz';
import { loadSkillDictionary } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { officeScopeOf } from '../../access/registrant-access.policy';
import { PersonalDataCipher } from '../../crypto/personal-data-cipher';
import type { RegisterRegistrantInput } from '../dtos/registrant.inputs';
import { RegistrantEntity } from '../registrant.entity';
import { consentPurposeInEffect } from '../registrant.queries';
import { supportRequestOfficeId } from '../../support-requests/support-request.queries';
import { emptyCareer, normaliseCareer, normaliseWishes } from '../rules/career-and-wishes';
import { decideEligibility } from '../rules/eligibility';
import {
  checked,
  calendarDay,
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
import { ConsentMethod, EligibilityReason, Gender, RegistrantStatus } from '../../talent-bank-enums';
import { TalentBankException } from '../../talent-bank.exception';
import { TalentBankRecords } from '../../shared/talent-bank-records';

/**
 * Registers a person in the Career Talent Bank, today, at the caller's office (headquarters may name one): checks the
 * input, then the eligibility rules, then writes one row with the date of birth and contact details sealed.
 */
@Injectable()
export class RegisterRegistrantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: TalentBankClock,
    private readonly records: TalentBankRecords,
  ) {}

  async register(user: AuthUser, input: RegisterRegistrantInput): Promise<RegistrantEntity> {
    const scope = officeScopeOf(user);
    const today = this.clock.today();
    const errors = new FieldCollector('input');

    let officeId: string;
    if (scope !== null) {
      if (input.officeId && input.officeId !== scope) {
        throw TalentBankException.outsideOffice(
          'この事務所への登録',
          await this.records.officeName(input.officeId),
          input.officeId,
        );
      }
      officeId = scope;
    } else {
      officeId = input.officeId ?? user.officeId ?? '';
      if (!(await this.records.officeExists(officeId)))
        errors.add('officeId', '登録事務所を指定してください。');
    }

    const name = requiredText(errors, 'name', input.name, '氏名', 100);
    const kana = kanaText(errors, 'kana', input.kana);
    const birth = dateOfBirth(errors, input.dateOfBirth, today);
    const phone = phoneNumber(errors, input.phone);
    const email = emailAddress(errors, input.email);
    const address = optionalText(errors, 'address', input.address, '住所', 300);
    if (!phone && !email && !errors.has('phone') && !errors.has('email'))
      errors.add('phone', 'ご本人への連絡先として、電話番号またはメールアドレスを入力してください。');
    const prefecture = prefectureCode(errors, 'prefectureCode', input.prefectureCode, true);
    if (input.gender && !Object.values(Gender).includes(input.gender))
      errors.add('gender', '性別の指定が正しくありません。');
    if (!Object.values(EligibilityReason).includes(input.eligibilityReason))
      errors.add('eligibilityReason', '登録の対象となる理由を選択してください。');
    const leftJobOn = calendarDay(errors, 'leftJobOn', input.leftJobOn, '離職日', false);

    const consent = input.consent ?? { givenOn: '', purposeVersion: '', method: null };
    const consentGivenOn = calendarDay(errors, 'consent.givenOn', consent.givenOn, '同意日', true);
    if (consentGivenOn && consentGivenOn > today) errors.add('consent.givenOn', '同意日が未来の日付です。');
    if (!Object.values(ConsentMethod).includes(consent.method))
      errors.add('consent.method', '同意の取得方法を選択してください。');
    if (!(await consentPurposeInEffect(this.dataSource, consent.purposeVersion ?? '', today)))
      errors.add(
        'consent.purposeVersion',
        '同意した利用目的の版が正しくありません。現在の利用目的を確認してください。',
      );

    if (input.supportRequestId) {
      const requestOfficeId = isUUID(input.supportRequestId)
        ? await supportRequestOfficeId(this.dataSource, input.supportRequestId)
        : undefined;
      if (requestOfficeId === undefined)
        errors.add('supportRequestId', '指定された支援依頼が見つかりません。');
      else if (requestOfficeId !== officeId)
        errors.add('supportRequestId', '支援依頼は登録する事務所が担当するものを指定してください。');
    }

    const dictionary = await loadSkillDictionary(this.dataSource);
    const career = input.career ? normaliseCareer(errors, input.career, today, dictionary) : emptyCareer();
    const wishes = normaliseWishes(errors, input.wishes);
    if (errors.errors.length > 0) throw TalentBankException.invalidInput(errors.errors);

    const eligibility = decideEligibility({
      dateOfBirth: checked(birth),
      registeredOn: today,
      reason: input.eligibilityReason,
      leftJobOn,
    });
    if (!eligibility.eligible) throw TalentBankException.notEligible(eligibility.problems);

    const id = randomUUID();
    await this.dataSource.getRepository(RegistrantEntity).insert({
      id,
      officeId,
      supportRequestId: input.supportRequestId ?? null,
      status: RegistrantStatus.ACTIVE,
      name,
      kana,
      nameSearchKey: personNameSearchKey(name),
      kanaSearchKey: personNameSearchKey(kana),
      dateOfBirthCiphertext: this.cipher.encrypt(checked(birth), id, 'dateOfBirth'),
      phoneCiphertext: this.cipher.encryptNullable(phone, id, 'phone'),
      emailCiphertext: this.cipher.encryptNullable(email, id, 'email'),
      addressCiphertext: this.cipher.encryptNullable(address, id, 'address'),
      encryptionKeyId: this.cipher.keyId,
      prefectureCode: checked(prefecture),
      gender: input.gender ?? null,
      ageBandAtRegistration: eligibility.ageBand,
      eligibilityReason: input.eligibilityReason,
      leftJobOn,
      consentGivenOn: checked(consentGivenOn),
      consentPurposeVersion: consent.purposeVersion,
      consentMethod: consent.method as ConsentMethod,
      consentWithdrawnOn: null,
      registeredOn: today,
      lastContactedOn: today,
      closedOn: null,
      anonymisedAt: null,
      ...career,
      ...wishes,
      createdByUserId: user.id,
      updatedByUserId: user.id,
    });
    return this.records.registrant(id);
  }
}
