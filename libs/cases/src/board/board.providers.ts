import type { Provider } from '@nestjs/common';
import { CaseBoardChoicesService } from './case-board-choices.service';
import { CaseBoardResolver } from './case-board.resolver';
import { CaseBoardService } from './case-board.service';
import { CaseListService } from './case-list.service';
import { CaseDetailRelationsResolver, CaseSummaryRelationsResolver } from './case-relations.resolver';

/** The board, case lists and the relation fields of both case types. */
export const BOARD_PROVIDERS: Provider[] = [
  CaseBoardService,
  CaseBoardChoicesService,
  CaseListService,
  CaseBoardResolver,
  CaseSummaryRelationsResolver,
  CaseDetailRelationsResolver,
];
