import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { JobcardClock } from '../../jobcard-clock';
import { InputChecks } from '../../shared/input-checks';
import { JobcardRecords } from '../../shared/jobcard-records';
import { hasErrors } from '../../shared/rule-finding';
import { toRuleFindingModel } from '../../shared/rule-finding.view';
import type { RegistrantTrainingEligibilityArgs, TraineeFactsInput } from '../dtos/trainee-facts.input';
import { toTraineeFacts } from '../dtos/to-trainee-facts';
import { REGISTRANT_HISTORY_MESSAGES } from '../eligibility.messages';
import type {
  EmployerTrainingEligibilityModel,
  RegistrantTrainingEligibilityModel,
  TraineeEligibilityModel,
} from '../eligibility.model';
import type { EmployerFactsInput } from '../dtos/employer-facts.input';
import { dismissalWindow, employerEligibility } from '../rules/employer-eligibility';
import { registrantHistoryEligibility } from '../rules/registrant-history';
import { traineeEligibility } from '../rules/trainee-eligibility';

/** The trainee's eligibility (spec §5.12): from typed facts, or from a registrant's Job Card history. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly records: JobcardRecords,
    private readonly clock: JobcardClock,
  ) {}

  /** The employer's requirements (§5.13) from typed facts; stateless. Before the application R-EM-6 runs to today. */
  ofEmployer(input: EmployerFactsInput): EmployerTrainingEligibilityModel {
    const checks = new InputChecks();
    const submittedOn = checks.day('submittedOn', input.submittedOn, '訓練実施計画の提出日');
    const applicationOn = checks.optionalDay('applicationOn', input.applicationOn, '支給申請日');
    checks.throwIfAny();
    const today = this.clock.today();
    const findings = employerEligibility(
      {
        submittedOn,
        applicationOn,
        employsFixedTermWorkers: input.employsFixedTermWorkers,
        planCertified: input.planCertified ?? null,
        trainedAsCertified: input.trainedAsCertified ?? null,
        wagesPaidProperly: input.wagesPaidProperly ?? null,
        recordsKept: input.recordsKept ? { ...input.recordsKept } : null,
        dismissalsForEmployerReasons: input.dismissalsForEmployerReasons,
      },
      today,
    );
    return {
      eligible: !hasErrors(findings),
      findings: findings.map(toRuleFindingModel),
      dismissalWindow: dismissalWindow(submittedOn, applicationOn, today),
    };
  }

  /** Stateless: nothing read or stored. */
  ofFacts(input: TraineeFactsInput): TraineeEligibilityModel {
    const checks = new InputChecks();
    const facts = toTraineeFacts(checks, input);
    checks.throwIfAny();
    const judged = traineeEligibility(facts);
    return {
      eligible: judged.eligible,
      findings: judged.findings.map(toRuleFindingModel),
      figures: { ...judged.figures },
    };
  }

  /** From the registrant's work history (only its office's consultants and headquarters may read it). */
  async ofRegistrant(
    user: AuthUser,
    args: RegistrantTrainingEligibilityArgs,
  ): Promise<RegistrantTrainingEligibilityModel> {
    const checks = new InputChecks();
    const start = checks.day('trainingStart', args.trainingStart, '訓練開始日');
    const end = checks.day('trainingEnd', args.trainingEnd, '訓練終了日');
    const field = checks.text('trainingField', args.trainingField, '訓練実施分野', 100);
    if (field === '') checks.add('trainingField', '訓練実施分野を入力してください。');
    checks.throwIfAny();
    const registrant = await this.records.registrantFor(user, args.registrantId);
    const judged = registrantHistoryEligibility(registrant.workHistory, { start, end, field });
    return {
      registrantId: registrant.id,
      eligibleByWorkHistory: judged.eligibleByWorkHistory,
      findings: judged.findings.map(toRuleFindingModel),
      figures: { ...judged.figures },
      note: REGISTRANT_HISTORY_MESSAGES.otherRequirements,
    };
  }
}
