import { FactorKey } from '../factor-weights';
import { F_TEXT } from '../pair-scorer';
import { sharedWords } from '../shared-words';
import { listJa } from './explain-text';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** Similar free text, with the words both sides use; a middling similarity without shared words says nothing. */
export function explainText({ s, r, cs, cr, v }: ExplainedPair): ExplanationLines {
  if (cs.grams.length === 0 || cr.grams.length === 0) {
    return { missing: [missingData(FactorKey.TEXT, cs.grams.length === 0, cr.grams.length === 0)] };
  }
  const value = v[F_TEXT];
  const words = sharedWords(s.text ?? '', r.text ?? '');
  if (value >= 0.6) {
    return {
      reasons: [
        words.length > 0
          ? `職務内容・スキルの記述が類似（共通語：${listJa(words)}）`
          : '職務内容・スキルの記述が類似',
      ],
    };
  }
  if (words.length > 0) return { reasons: [`職務内容の共通語：${listJa(words)}`] };
  if (value < 0.2) return { gaps: ['職務内容・スキルの記述に共通点が少ない'] };
  return {};
}
