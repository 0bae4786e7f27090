// Which function states each stage's checklist. A Record, so a new stage does not compile until it has one.
import { CaseStage } from '../case-stage';
import { contractItems, hiringAgreedItems } from './agreement-items';
import type { StageItems } from './checklist.types';
import { closedItems, establishedItems, followUpItems } from './outcome-items';
import {
  informationCollectionItems,
  interCompanyMeetingItems,
  internalProcedureItems,
  workplaceTourItems,
} from './preparation-items';

export const STAGE_ITEMS: Record<CaseStage, StageItems> = {
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
};
