import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CaseException, CaseExceptionCode } from '../../case.exception';
import { collect, intError } from '../../cases/services/case-input.rules';
import {
  readFollowUpSettings,
  updateFollowUpSettingsRow,
  type StoredFollowUpSettings,
} from '../follow-up-settings.queries';
import type { UpdateCaseFollowUpSettingsInput } from '../follow-up-settings.model';

/**
 * Administrators change the follow-up defaults. They apply to cases established from now on and to an existing case
 * at its next reschedule (any change that re-plans it: a correction, a contract edit…); tasks already planned are not
 * re-planned in bulk, so a consultant never sees a case's reminders move without a change of that case.
 */
@Injectable()
export class UpdateFollowUpSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async update(user: AuthUser, input: UpdateCaseFollowUpSettingsInput): Promise<StoredFollowUpSettings> {
    const problems = collect(
      intError('input.firstAfterMonths', input.firstAfterMonths, '最初のフォローアップまでの月数', 0, 24),
      intError('input.intervalMonths', input.intervalMonths, 'フォローアップの間隔(月)', 1, 24),
      intError('input.beforeEndMonths', input.beforeEndMonths, '終了日前のフォローアップの月数', 0, 12),
      intError(
        'input.transferHorizonMonths',
        input.transferHorizonMonths,
        '移籍後のフォローアップ期間(月)',
        0,
        60,
      ),
    );
    if (!Number.isInteger(input.expectedVersion)) {
      problems.push({ field: 'input.expectedVersion', message: '版は整数で指定してください。' });
    }
    if (problems.length) throw CaseException.invalidInput(problems);

    const current = await readFollowUpSettings(this.dataSource);
    const written = await updateFollowUpSettingsRow(
      this.dataSource,
      {
        firstAfterMonths: input.firstAfterMonths ?? current.firstAfterMonths,
        intervalMonths: input.intervalMonths ?? current.intervalMonths,
        beforeEndMonths: input.beforeEndMonths ?? current.beforeEndMonths,
        transferHorizonMonths: input.transferHorizonMonths ?? current.transferHorizonMonths,
      },
      user.id,
      input.expectedVersion,
    );
    if (!written) {
      const now = await readFollowUpSettings(this.dataSource);
      throw new CaseException(
        CaseExceptionCode.FOLLOW_UP_SETTINGS_STALE,
        '他の管理者が先にフォローアップの設定を変更しました。最新の設定を読み込み直してから、もう一度変更してください。',
        { currentVersion: now.version },
      );
    }
    return readFollowUpSettings(this.dataSource);
  }
}
