import type { Provider } from '@nestjs/common';
import { CaseBoardChoicesService } from './case-board-choices.service';
import { CaseBoardResolver } from './case-board.resolver';
import { CaseBoardService } from './case-board.service';
import { CaseListService } from './case-list.service';
import { CaseCompaniesService } from './case-companies.service';
import {
  CaseDetailCompaniesResolver,
  CaseDetailRelationsResolver,
  CaseSummaryRelationsResolver,
} from './case-relations.resolver';

/** The board, case lists and the relation fields of both case types. */
export const BOARD_PROVIDERS: Provider[] = [
  CaseBoardService,
  CaseBoardChoicesService,
  CaseListService,
  CaseCompaniesService,
  CaseBoardResolver,
  CaseSummaryRelationsResolver,
  CaseDetailRelationsResolver,
  CaseDetailCompaniesResolver,
];
