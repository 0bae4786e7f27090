import { CaseModel } from '@kakehashi/cases';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { ReceivingOfferMatchModel, SendingOfferMatchModel } from '@kakehashi/matching';
import { RegistrantModel } from '@kakehashi/talent-bank';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { RetryNoteEntity } from './retry-note.entity';
import { RetryNoteModel, RetrySuggestionModel } from './retry.model';
import { toRetryNoteModel } from './retry-view';
import { RetrySuggestionsService } from './services/retry-suggestions.service';

const MATCH_RETRY_DESCRIPTION =
  '不足している資格・スキルを補える RETRY のメニュー (送出側の年齢層・職種が分かればそれも考慮。不足がなければ空) / RETRY menus for the match’s missing skills and licences.';

// The match item types are matching's; the Job Card adds the field (matching knows nothing of RETRY).
@Resolver(() => ReceivingOfferMatchModel)
export class ReceivingOfferMatchRetryResolver {
  constructor(private readonly suggestions: RetrySuggestionsService) {}

  @ResolveField(() => [RetrySuggestionModel], { description: MATCH_RETRY_DESCRIPTION })
  retryMenus(
    @Parent() match: ReceivingOfferMatchModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RetrySuggestionModel[]> {
    return this.suggestions.forMatch(match.gaps, match.sendingOfferId, loaders);
  }
}

@Resolver(() => SendingOfferMatchModel)
export class SendingOfferMatchRetryResolver {
  constructor(private readonly suggestions: RetrySuggestionsService) {}

  @ResolveField(() => [RetrySuggestionModel], { description: MATCH_RETRY_DESCRIPTION })
  retryMenus(
    @Parent() match: SendingOfferMatchModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RetrySuggestionModel[]> {
    return this.suggestions.forMatch(match.gaps, match.sendingOfferId, loaders);
  }
}

/** The notes of the people given, by `key`, in one query per request. */
function notesLoader(
  loaders: RequestLoaders,
  notes: Repository<RetryNoteEntity>,
  key: 'caseId' | 'registrantId',
) {
  return loaders.get<string, RetryNoteEntity[]>(`jobcard.retryNotesBy.${key}`, async (ids) => {
    const rows = await notes.find({ where: { [key]: In([...ids]) }, order: { createdAt: 'ASC' } });
    return ids.map((id) => rows.filter((row) => row[key] === id));
  });
}

// Fields of Case and TalentBankRegistrant: whoever may read the case or the registrant (checked where it is
// returned) reads its RETRY notes with it.
@Resolver(() => CaseModel)
export class CaseRetryNotesResolver {
  constructor(@InjectRepository(RetryNoteEntity) private readonly notes: Repository<RetryNoteEntity>) {}

  @ResolveField(() => [RetryNoteModel], {
    description: '出向者に紹介・受講した RETRY プログラム / RETRY programmes noted for the secondee.',
  })
  async retryNotes(
    @Parent() kase: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RetryNoteModel[]> {
    return (await notesLoader(loaders, this.notes, 'caseId').load(kase.id)).map(toRetryNoteModel);
  }
}

@Resolver(() => RegistrantModel)
export class RegistrantRetryNotesResolver {
  constructor(@InjectRepository(RetryNoteEntity) private readonly notes: Repository<RetryNoteEntity>) {}

  @ResolveField(() => [RetryNoteModel], {
    description: '紹介・受講した RETRY プログラム / RETRY programmes noted for the registrant.',
  })
  async retryNotes(
    @Parent() registrant: RegistrantModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<RetryNoteModel[]> {
    return (await notesLoader(loaders, this.notes, 'registrantId').load(registrant.id)).map(toRetryNoteModel);
  }
}
