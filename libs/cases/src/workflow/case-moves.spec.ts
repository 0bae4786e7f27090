import { MoveType } from '@kakehashi/offers';
import { completionOutcomesOf, moveBackTargets } from './case-moves';
import { CaseStage, CompletionOutcome } from './case-stage';

describe('moves a case offers', () => {
  it('goes back to any earlier stage of the flow before the establishment', () => {
    expect(moveBackTargets(MoveType.SECONDMENT, CaseStage.WORKPLACE_TOUR)).toEqual([
      CaseStage.INFORMATION_COLLECTION,
      CaseStage.INTER_COMPANY_MEETING,
      CaseStage.INTERNAL_PROCEDURE,
    ]);
    // The transfer path has no internal procedure.
    expect(moveBackTargets(MoveType.TRANSFER, CaseStage.HIRING_AGREED)).toEqual([
      CaseStage.INFORMATION_COLLECTION,
      CaseStage.INTER_COMPANY_MEETING,
      CaseStage.WORKPLACE_TOUR,
    ]);
    expect(moveBackTargets(MoveType.SECONDMENT, CaseStage.INFORMATION_COLLECTION)).toEqual([]);
  });

  it('never goes back before the establishment once people are established, nor out of an ended case', () => {
    expect(moveBackTargets(MoveType.SECONDMENT, CaseStage.STARTED)).toEqual([]);
    expect(moveBackTargets(MoveType.SECONDMENT, CaseStage.FOLLOW_UP)).toEqual([CaseStage.STARTED]);
    expect(moveBackTargets(MoveType.TRANSFER, CaseStage.FOLLOW_UP)).toEqual([CaseStage.HIRED]);
    expect(moveBackTargets(MoveType.SECONDMENT, CaseStage.COMPLETED)).toEqual([]);
    expect(moveBackTargets(MoveType.TRANSFER, CaseStage.NOT_ESTABLISHED)).toEqual([]);
  });

  it('offers the completions that fit the kind of move', () => {
    expect(completionOutcomesOf(MoveType.SECONDMENT)).toEqual([
      CompletionOutcome.RETURNED,
      CompletionOutcome.EXTENDED,
      CompletionOutcome.CONVERTED_TO_TRANSFER,
    ]);
    expect(completionOutcomesOf(MoveType.TRANSFER)).toEqual([CompletionOutcome.SETTLED]);
  });
});
