// Licences and qualifications as consultants type them, resolved by the seed dictionary as the API does, and
// what the explanation then says about them.
import { skillDictionaryFromSeed } from '@kakehashi/offers';
import { DEFAULT_MATCHING_SETTINGS } from './factor-weights';
import type { MatchExplanation } from './match-explanation';
import { MatchEngine } from './match-engine';
import type { ReceivingProfile, SendingProfile } from './match-profile';
import { askedSkills, heldSkills, receivingProfile, sendingProfile } from './__tests__/profile-builders';
import { TEST_REFERENCE } from './__tests__/reference.fixture';

const dictionary = skillDictionaryFromSeed();

function explain(s: SendingProfile, r: ReceivingProfile): MatchExplanation {
  const result = new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS).explain(s, r);
  if ('excluded' in result) throw new Error(`unexpectedly excluded: ${result.excluded}`);
  return result;
}

const sender = (...skills: string[]) =>
  sendingProfile({ id: 's-1', occupationCode: 'I', skills: heldSkills(dictionary, skills) });
const receiver = (required: string[], preferred: string[] = []) =>
  receivingProfile({
    id: 'r-1',
    occupationCode: 'I',
    requiredSkills: askedSkills(dictionary, required),
    preferredSkills: askedSkills(dictionary, preferred),
  });

describe('licence and qualification reasons', () => {
  it('counts a 大型二種 holder as holding the 中型 licence a bus operator asks for', () => {
    const x = explain(sender('大型二種免許'), receiver(['中型自動車運転免許', '普通自動車第二種運転免許']));
    expect(x.reasons).toEqual(
      expect.arrayContaining([
        '必須資格「中型自動車第一種運転免許」を保有',
        '必須資格「普通自動車第二種運転免許」を保有',
      ]),
    );
    expect(x.gaps.filter((g) => g.includes('未保有'))).toEqual([]);
  });

  it('counts a higher FP grade, 英検 grade or TOEIC score as meeting a lower one', () => {
    const x = explain(
      sender('1級ファイナンシャル・プランニング技能士', '英検準1級', 'TOEIC 870点'),
      receiver(['2級ファイナンシャル・プランニング技能士', 'TOEIC 800点以上'], ['英検2級以上']),
    );
    expect(x.reasons).toEqual(
      expect.arrayContaining([
        '必須資格「2級ファイナンシャル・プランニング技能士」を保有',
        '必須資格「TOEIC 800点以上」を保有',
        '歓迎資格「実用英語技能検定2級」を保有',
      ]),
    );
    expect(x.gaps.filter((g) => g.includes('未保有'))).toEqual([]);
    // Nothing is widened upwards: a lower licence or score does not meet a higher requirement.
    const lower = explain(
      sender('中型自動車第一種運転免許', 'TOEIC 750点'),
      receiver(['大型自動車第一種運転免許', 'TOEIC 800点以上']),
    );
    expect(lower.gaps).toEqual(
      expect.arrayContaining([
        '必須資格「大型自動車第一種運転免許」が未保有',
        '必須資格「TOEIC 800点以上」が未保有',
      ]),
    );
  });
});
