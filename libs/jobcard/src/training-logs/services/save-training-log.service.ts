import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { JobcardException } from '../../jobcard.exception';
import { InputChecks } from '../../shared/input-checks';
import { hasErrors } from '../../shared/rule-finding';
import { PlanCommandRunner } from '../../training-plans/services/plan-command.runner';
import type { StoredTrainingLog, TrainingPlanEntity } from '../../training-plans/training-plan.entity';
import type { SaveTrainingLogArgs } from '../dtos/training-log.input';
import { validateTrainingLog } from '../rules/validate-training-log';
import { TRAINING_LOG_API_MESSAGES as M } from '../training-logs.messages';

const ENTRIES_MAX = 400;
const TEXT_MAX = 2000;

/**
 * Replaces a plan's OJT diary and Off-JT report (R-LOG-1..3): an entry the rules find wrong (outside the period, a
 * band that overlaps another, more minutes than the band, …) refuses the whole save with every finding; entries that
 * are only waiting for the trainer's or the provider's certification are saved, their warnings shown on the plan.
 */
@Injectable()
export class SaveTrainingLogService {
  constructor(private readonly runner: PlanCommandRunner) {}

  async save(user: AuthUser, args: SaveTrainingLogArgs): Promise<TrainingPlanEntity> {
    const logs = this.checked(args);
    return this.runner.run(user, { planId: args.planId, expectedVersion: args.version }, async (current) => {
      const findings = validateTrainingLog({ period: current.draft.period, ...logs });
      if (hasErrors(findings)) throw JobcardException.rulesNotMet(M.notSaved, findings);
      return { logs };
    });
  }

  private checked(args: SaveTrainingLogArgs): StoredTrainingLog {
    const checks = new InputChecks();
    const ojt = checks.list('ojt', args.ojt, '訓練日誌の日', ENTRIES_MAX).map((entry, i) => ({
      date: entry.date.trim(),
      from: entry.from.trim(),
      to: entry.to.trim(),
      attendedMinutes: entry.attendedMinutes,
      content: checks.text(`ojt.${i}.content`, entry.content, '実施した内容', TEXT_MAX),
      reflection: checks.text(`ojt.${i}.reflection`, entry.reflection, '訓練生の考察・感想', TEXT_MAX),
      trainerConfirmedOn: entry.trainerConfirmedOn?.trim() || null,
    }));
    const offJt = checks.list('offJt', args.offJt, 'Off-JTの日', ENTRIES_MAX).map((entry, i) => ({
      date: entry.date.trim(),
      from: entry.from.trim(),
      to: entry.to.trim(),
      excludedMinutes: entry.excludedMinutes,
      attendedMinutes: entry.attendedMinutes,
      unitMinutes: entry.unitMinutes ?? null,
      content: checks.text(`offJt.${i}.content`, entry.content, '実施内容', TEXT_MAX),
      providerCertifiedOn: entry.providerCertifiedOn?.trim() || null,
    }));
    // A day or a time longer than its form is no day: refused here so the stored log stays readable.
    [
      ...ojt.map((e, i) => ({ e, at: `ojt.${i}` })),
      ...offJt.map((e, i) => ({ e, at: `offJt.${i}` })),
    ].forEach(({ e, at }) => {
      if (e.date.length > 10) checks.add(`${at}.date`, '実施日は YYYY-MM-DD で入力してください。');
      if (e.from.length > 5) checks.add(`${at}.from`, '時刻は 9:00 のように入力してください。');
      if (e.to.length > 5) checks.add(`${at}.to`, '時刻は 9:00 のように入力してください。');
    });
    checks.throwIfAny();
    return { ojt, offJt };
  }
}
