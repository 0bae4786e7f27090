import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CASE_ACTORS } from '../cases-roles';

import { CaseModel, toCaseModel } from '../cases/case.model';
import {
  RecordCaseWorkersInput,
  RecordContractInput,
  RecordHiringAgreementInput,
  RecordInternalProcedureInput,
  RecordMeetingInput,
  RecordWorkplaceTourInput,
  UpdateCaseTeamInput,
} from './dtos/case-section.inputs';
import { RecordCaseWorkersService } from './services/record-case-workers.service';
import { RecordCaseSectionService } from './services/record-case-section.service';
import { UpdateCaseTeamService } from './services/update-case-team.service';

/** The stage records of a case; each returns the case as saved (with its new version). */
@Resolver(() => CaseModel)
export class CaseRecordsResolver {
  constructor(
    private readonly sections: RecordCaseSectionService,
    private readonly workers: RecordCaseWorkersService,
    private readonly team: UpdateCaseTeamService,
  ) {}

  @Mutation(() => CaseModel, {
    description: '担当コンサルタント・予定人数の変更 / Consultants and people planned.',
  })
  @Roles(...CASE_ACTORS)
  async updateCaseTeam(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateCaseTeamInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.team.update(user, input));
  }

  @Mutation(() => CaseModel, { description: '対象労働者と本人同意の記録 / Workers and their consent.' })
  @Roles(...CASE_ACTORS)
  async recordCaseWorkers(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordCaseWorkersInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.workers.record(user, input));
  }

  @Mutation(() => CaseModel, { description: 'STEP2 企業間面談の記録 / The inter-company meeting.' })
  @Roles(...CASE_ACTORS)
  async recordCaseMeeting(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordMeetingInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.sections.recordMeeting(user, input));
  }

  @Mutation(() => CaseModel, { description: "出向元の社内手続の記録 / The sender's internal procedure." })
  @Roles(...CASE_ACTORS)
  async recordCaseInternalProcedure(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordInternalProcedureInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.sections.recordInternalProcedure(user, input));
  }

  @Mutation(() => CaseModel, { description: 'STEP3 職場見学の記録 / The workplace tour.' })
  @Roles(...CASE_ACTORS)
  async recordCaseWorkplaceTour(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordWorkplaceTourInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.sections.recordWorkplaceTour(user, input));
  }

  @Mutation(() => CaseModel, { description: 'STEP4 出向契約の記録 / The secondment contract.' })
  @Roles(...CASE_ACTORS)
  async recordCaseContract(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordContractInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.sections.recordContract(user, input));
  }

  @Mutation(() => CaseModel, { description: '採用内定の記録 (移籍) / The hiring agreement of a transfer.' })
  @Roles(...CASE_ACTORS)
  async recordCaseHiringAgreement(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RecordHiringAgreementInput,
  ): Promise<CaseModel> {
    return toCaseModel(await this.sections.recordHiringAgreement(user, input));
  }
}
