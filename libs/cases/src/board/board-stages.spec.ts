import { MoveType } from '@kakehashi/offers';
import { CASE_FLOWS, CaseStage } from '../workflow/case-stage';
import { BOARD_STAGE_ORDER, boardColumns, OPEN_STAGES, visibleStages } from './board-stages';

describe('board columns', () => {
  it('lists every stage once, each flow in its own order', () => {
    expect([...BOARD_STAGE_ORDER].sort()).toEqual(Object.values(CaseStage).sort());
    for (const moveType of Object.values(MoveType)) {
      const positions = CASE_FLOWS[moveType].map((stage) => BOARD_STAGE_ORDER.indexOf(stage));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('hides the closed stages unless asked for', () => {
    expect(visibleStages({})).toEqual(OPEN_STAGES);
    expect(OPEN_STAGES).not.toContain(CaseStage.COMPLETED);
    expect(OPEN_STAGES).not.toContain(CaseStage.NOT_ESTABLISHED);
    expect(visibleStages({ includeClosed: true })).toBeNull();
    expect(visibleStages({ stages: [CaseStage.NOT_ESTABLISHED, CaseStage.INFORMATION_COLLECTION] })).toEqual([
      CaseStage.INFORMATION_COLLECTION,
      CaseStage.NOT_ESTABLISHED,
    ]);
    expect(visibleStages({ stages: [] })).toEqual(OPEN_STAGES);
  });

  it('shows a move type’s flow and the not-established ending', () => {
    expect(boardColumns(MoveType.TRANSFER, null)).toEqual([
      ...CASE_FLOWS.TRANSFER,
      CaseStage.NOT_ESTABLISHED,
    ]);
    expect(boardColumns(MoveType.SECONDMENT, [CaseStage.HIRED, CaseStage.CONTRACT])).toEqual([
      CaseStage.CONTRACT,
    ]);
    expect(boardColumns(null, null)).toEqual(BOARD_STAGE_ORDER);
  });
});
