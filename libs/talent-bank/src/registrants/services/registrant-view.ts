import type { RegistrantEntity } from '../registrant.entity';
import type { PersonalDataCipher } from '../../crypto/personal-data-cipher';
import type { RegistrantModel } from '../registrant.model';
import { ageOn } from '../rules/age';
import {
  CONSENT_METHOD_LABELS,
  ELIGIBILITY_REASON_LABELS,
  REGISTRANT_STATUS_LABELS,
} from '../../talent-bank-enums';

/** What an anonymised registrant's name becomes. */
export const ANONYMISED_NAME = '匿名化済み';

/** The registrant as the API shows it: the sealed fields opened, the age computed for `today`. */
export function toRegistrantModel(
  entity: RegistrantEntity,
  cipher: PersonalDataCipher,
  today: string,
): RegistrantModel {
  const dateOfBirth = cipher.decryptNullable(entity.dateOfBirthCiphertext, entity.id, 'dateOfBirth');
  return {
    id: entity.id,
    status: entity.status,
    statusLabel: REGISTRANT_STATUS_LABELS[entity.status],
    officeId: entity.officeId,
    supportRequestId: entity.supportRequestId,
    name: entity.name,
    kana: entity.kana,
    dateOfBirth,
    age: dateOfBirth ? ageOn(dateOfBirth, today) : null,
    ageBandAtRegistration: entity.ageBandAtRegistration,
    phone: cipher.decryptNullable(entity.phoneCiphertext, entity.id, 'phone'),
    email: cipher.decryptNullable(entity.emailCiphertext, entity.id, 'email'),
    address: cipher.decryptNullable(entity.addressCiphertext, entity.id, 'address'),
    prefectureCode: entity.prefectureCode,
    gender: entity.gender,
    eligibilityReason: entity.eligibilityReason,
    eligibilityReasonLabel: ELIGIBILITY_REASON_LABELS[entity.eligibilityReason],
    leftJobOn: entity.leftJobOn,
    consent: {
      givenOn: entity.consentGivenOn,
      purposeVersion: entity.consentPurposeVersion,
      method: entity.consentMethod,
      methodLabel: CONSENT_METHOD_LABELS[entity.consentMethod],
      withdrawnOn: entity.consentWithdrawnOn,
    },
    career: {
      workHistory: entity.workHistory,
      qualifications: entity.qualifications,
      skills: entity.skills,
      strengths: entity.strengths,
      evaluationSummary: entity.evaluationSummary,
    },
    wishes: {
      occupationCodes: entity.desiredOccupationCodes,
      workingStyle: entity.workingStyle,
      daysPerWeek: entity.desiredDaysPerWeek,
      hoursPerDay: entity.desiredHoursPerDay,
      monthlyWage: entity.desiredMonthlyWage,
      acceptablePrefectureCodes: entity.acceptablePrefectureCodes,
      earliestStartOn: entity.earliestStartOn,
      maxPhysicalDemand: entity.maxPhysicalDemand,
    },
    registeredOn: entity.registeredOn,
    lastContactedOn: entity.lastContactedOn,
    closedOn: entity.closedOn,
    anonymised: entity.anonymisedAt !== null,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/**
 * A registrant as a list or a ranking shows it: the sealed date of birth and contact details are not opened, so they
 * (and the age) are null; revealTalentBankContact shows them for one registrant, on purpose.
 */
export function toListedRegistrantModel(
  entity: RegistrantEntity,
  cipher: PersonalDataCipher,
  today: string,
): RegistrantModel {
  return toRegistrantModel(
    {
      ...entity,
      dateOfBirthCiphertext: null,
      phoneCiphertext: null,
      emailCiphertext: null,
      addressCiphertext: null,
    },
    cipher,
    today,
  );
}
