import { CaseStage } from '../case-stage';
import { contractItems, hiringAgreedItems } from './agreement-items';
import { closedItems, establishedItems, followUpItems } from './outcome-items';
import {
  informationCollectionItems,
  interCompanyMeetingItems,
  internalProcedureItems,
  workplaceTourItems,
} from './preparation-items';
import { STAGE_ITEMS } from './stage-items';

describe('STAGE_ITEMS', () => {
  it('gives every stage its function', () => {
    expect(STAGE_ITEMS).toEqual({
      [CaseStage.INFORMATION_COLLECTION]: informationCollectionItems,
      [CaseStage.INTER_COMPANY_MEETING]: interCompanyMeetingItems,
      [CaseStage.INTERNAL_PROCEDURE]: internalProcedureItems,
      [CaseStage.WORKPLACE_TOUR]: workplaceTourItems,
      [CaseStage.CONTRACT]: contractItems,
      [CaseStage.HIRING_AGREED]: hiringAgreedItems,
      [CaseStage.STARTED]: establishedItems,
      [CaseStage.HIRED]: establishedItems,
      [CaseStage.FOLLOW_UP]: followUpItems,
      [CaseStage.COMPLETED]: closedItems,
      [CaseStage.NOT_ESTABLISHED]: closedItems,
    });
  });
});
