import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { card } from './board-fixtures';
import {
  dropTypeFor,
  dropTypesOfCard,
  MOVE_ADVANCE,
  MOVE_OPEN_CASE,
  moveMenuItems,
  refusalOf,
} from './board-moves';

function apiError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [new GraphQLError(message, { extensions })] });
}

describe('where a card may be moved', () => {
  it('may be dropped only on the column of its next stage', () => {
    const step1 = card({ id: 'c1', number: 1 });
    expect(dropTypesOfCard(step1)).toEqual([dropTypeFor('INTER_COMPANY_MEETING')]);
    expect(dropTypeFor('INTER_COMPANY_MEETING')).not.toBe(dropTypeFor('INFORMATION_COLLECTION'));
    expect(dropTypesOfCard(card({ id: 'c2', number: 2, nextStage: null, nextStageLabel: null }))).toEqual([]);
  });

  it('offers the next stage of its flow in the menu, and the case page for every other move', () => {
    expect(moveMenuItems(card({ id: 'c1', number: 1 }))).toEqual([
      { id: MOVE_ADVANCE, label: '「STEP2 企業間面談」へ進める' },
      { id: MOVE_OPEN_CASE, label: '案件ページを開く（記録・戻す・不成立）', href: '/cases/c1' },
    ]);
    expect(
      moveMenuItems(card({ id: 'c2', number: 2, nextStage: null, nextStageLabel: null })).map(
        (item) => item.id,
      ),
    ).toEqual([MOVE_OPEN_CASE]);
  });
});

describe('a refused move', () => {
  const step2 = card({
    id: 'c9',
    number: 9,
    stage: 'INTER_COMPANY_MEETING',
    nextStage: 'INTERNAL_PROCEDURE',
    nextStageLabel: '出向元の社内手続',
  });

  it('lists what the API says is missing, in Japanese, with each detail', () => {
    const refusal = refusalOf(
      apiError(
        '出向元の社内手続に進めません。不足している項目: 企業間面談の実施日、諸条件の提示(未提示: 賃金)',
        {
          code: 'FAILED_PRECONDITION',
          reason: 'STAGE_REQUIREMENTS_MISSING',
          missing: [
            { key: 'meetingHeld', stage: 'INTER_COMPANY_MEETING', label: '企業間面談の実施日', detail: null },
            {
              key: 'conditionsPresented',
              stage: 'INTER_COMPANY_MEETING',
              label: '諸条件(期間・賃金・労働時間)の提示',
              detail: '未提示: 賃金',
            },
          ],
        },
      ),
      step2,
    );
    expect(refusal).toEqual({
      caseId: 'c9',
      title: '案件 No.9 を「出向元の社内手続」へ移せませんでした',
      message:
        '出向元の社内手続に進めません。不足している項目: 企業間面談の実施日、諸条件の提示(未提示: 賃金)',
      missing: ['企業間面談の実施日', '諸条件(期間・賃金・労働時間)の提示（未提示: 賃金）'],
      stale: false,
    });
  });

  it('gives the API’s sentence when nothing is listed, and knows a stale version', () => {
    const establishing = refusalOf(
      apiError('STEP5 出向の開始へは、開始日(採用日)と人数を「成立の記録」で登録して進めてください。', {
        code: 'FAILED_PRECONDITION',
        reason: 'INVALID_TRANSITION',
      }),
      step2,
    );
    expect(establishing.missing).toEqual([]);
    expect(establishing.message).toMatch(/成立の記録/);
    const stale = refusalOf(
      apiError('他のユーザーが先にこの案件を更新しました。', { code: 'CONFLICT', currentVersion: 4 }),
      step2,
    );
    expect(stale.stale).toBe(true);
  });

  it('says the network failed, in Japanese, when the API could not answer', () => {
    expect(refusalOf(new TypeError('Failed to fetch'), step2).message).toBe(
      '通信に失敗しました。時間をおいて、もう一度お試しください。',
    );
  });
});
