import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InputChecks } from '../../shared/input-checks';
import { JobcardRecords, type SendingOfferFacts } from '../../shared/jobcard-records';
import type { RetryPersonInput } from '../dtos/retry.input';
import { RETRY_API_MESSAGES as M } from '../retry.messages';
import type { RetrySuggestionModel } from '../retry.model';
import { toRetrySuggestionModel } from '../retry-view';
import { retryPersonOfOffer, skillGapOfMatch } from '../rules/match-gap';
import { suggestRetryMenus } from '../rules/suggest-retry-menus';

/** RETRY suggestions (spec §8, §9.5): for a person described by the consultant, or for a match's gaps. */
@Injectable()
export class RetrySuggestionsService {
  constructor(private readonly records: JobcardRecords) {}

  forPerson(input: RetryPersonInput): RetrySuggestionModel[] {
    const checks = new InputChecks();
    if (!Number.isSafeInteger(input.age) || input.age < 0 || input.age > 120)
      checks.add('input.age', M.ageInvalid);
    const skills = checks
      .list('input.missingSkills', input.missingSkills, '不足しているスキル', 50)
      .map((skill, i) => checks.text(`input.missingSkills.${i}`, skill, 'スキル', 100));
    const licences = checks
      .list('input.missingLicences', input.missingLicences, '不足している資格', 50)
      .map((licence, i) => checks.text(`input.missingLicences.${i}`, licence, '資格', 100));
    checks.throwIfAny();
    const person = { ...input, gender: input.returningAfterChildcare ? ('FEMALE' as const) : null };
    const gap = { missingSkills: skills.filter(Boolean), missingLicences: licences.filter(Boolean) };
    return suggestRetryMenus({ ...person, itLevel: input.itLevel ?? null }, gap).map(toRetrySuggestionModel);
  }

  /**
   * The menus that close a match's missing skills and licences, for the people of the sending offer when it is known
   * (its age band and occupation); none when the match reports no such gap. The offers of one request are read once.
   */
  async forMatch(
    gaps: readonly string[],
    sendingOfferId: string | undefined,
    loaders: RequestLoaders,
  ): Promise<RetrySuggestionModel[]> {
    const gap = skillGapOfMatch(gaps);
    if (gap.missingSkills.length === 0 && gap.missingLicences.length === 0) return [];
    const offer = sendingOfferId ? await this.offerLoader(loaders).load(sendingOfferId) : null;
    const person = retryPersonOfOffer(offer ?? { ageBand: null, occupationCode: 'L', jobTitle: '' });
    return suggestRetryMenus(person, gap)
      .filter((suggestion) => suggestion.gapItems.length > 0)
      .map(toRetrySuggestionModel);
  }

  private offerLoader(loaders: RequestLoaders) {
    return loaders.get<string, SendingOfferFacts | null>('jobcard.retrySendingOffers', async (ids) => {
      const offers = await this.records.sendingOffers(ids);
      return ids.map((id) => offers.find((offer) => offer.id === id) ?? null);
    });
  }
}
