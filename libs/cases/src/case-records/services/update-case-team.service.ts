import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { UpdateCaseTeamInput } from '../dtos/case-section.inputs';
import { CaseAction } from '../../history/case-history.entity';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import { consultantProblems } from '../../cases/services/case-consultants.checks';
import { collect, intError } from '../../cases/services/case-input.rules';
import { caseFieldLabel } from '../../history/case-history-fields';

/** Changes the consultants in charge on either side and the people planned. */
@Injectable()
export class UpdateCaseTeamService {
  constructor(private readonly runner: CaseCommandRunner) {}

  update(user: AuthUser, input: UpdateCaseTeamInput): Promise<CaseEntity> {
    return this.runner.run(user, input, async (current, tx) => {
      const problems = collect(
        intError('input.peoplePlanned', input.peoplePlanned, caseFieldLabel('peoplePlanned'), 1, 10_000),
      );
      problems.push(
        ...(await consultantProblems(tx, [
          {
            field: 'input.sendingConsultantId',
            userId: input.sendingConsultantId,
            officeId: current.sendingOfficeId,
            side: '送出側',
          },
          {
            field: 'input.receivingConsultantId',
            userId: input.receivingConsultantId,
            officeId: current.receivingOfficeId,
            side: '受入側',
          },
        ])),
      );
      if (problems.length) throw CaseException.invalidInput(problems);
      const peopleChanged = input.peoplePlanned !== current.peoplePlanned;
      return {
        action: peopleChanged ? CaseAction.PEOPLE_CHANGED : CaseAction.CONSULTANTS_ASSIGNED,
        patch: {
          sendingConsultantId: input.sendingConsultantId ?? null,
          receivingConsultantId: input.receivingConsultantId ?? null,
          peoplePlanned: input.peoplePlanned,
        },
      };
    });
  }
}
