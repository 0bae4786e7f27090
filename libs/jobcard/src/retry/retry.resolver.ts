import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JOBCARD_REFERENCE_READERS, JOBCARD_WORKERS } from '../jobcard-roles';
import { NoteRetryProgrammeInput, RetryPersonInput } from './dtos/retry.input';
import { RetryCatalogueModel, RetryNoteModel, RetrySuggestionModel } from './retry.model';
import { toRetryCatalogueModel, toRetryNoteModel } from './retry-view';
import { NoteRetryProgrammeService } from './services/note-retry-programme.service';
import { RetrySuggestionsService } from './services/retry-suggestions.service';

/** The RETRY catalogue (reference data), suggestions, and the programmes noted for a person. */
@Resolver()
export class RetryResolver {
  constructor(
    private readonly suggestions: RetrySuggestionsService,
    private readonly notes: NoteRetryProgrammeService,
  ) {}

  @Query(() => RetryCatalogueModel, {
    description: 'RETRY のプロジェクトと8つのメニュー (参照データ) / The RETRY project and its menus.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  retryMenus(): RetryCatalogueModel {
    return toRetryCatalogueModel();
  }

  @Query(() => [RetrySuggestionModel], {
    description:
      '年齢・状況・不足しているスキルや資格から RETRY のメニューを提案 (保存しない) / RETRY menus for a person.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  retryMenusForPerson(@Args('input') input: RetryPersonInput): RetrySuggestionModel[] {
    return this.suggestions.forPerson(input);
  }

  @Mutation(() => RetryNoteModel, {
    description:
      'RETRY プログラムの紹介・受講を記録 (出向者または登録者ごと、メニューごとに1件。更新は楽観的排他) / Note a programme.',
  })
  @Roles(...JOBCARD_WORKERS)
  async noteRetryProgramme(
    @CurrentUser() user: AuthUser,
    @Args('input') input: NoteRetryProgrammeInput,
  ): Promise<RetryNoteModel> {
    return toRetryNoteModel(await this.notes.note(user, input));
  }
}
