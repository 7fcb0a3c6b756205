/**
 * A leading reason or cause frame ("In response to …,", "Given …,", "In light of …,", "Amid …,")
 * says why the parties act: its entities and topics stay out of the main clause's `about`
 * (CONVENTIONS §5 Context, §8 Not in `about`; data/rules/reason-frames.json). A trailing frame
 * attached to the stance ("support Ukraine in the face of Russia's aggression") keeps its threat
 * in `about` (s34 ruling), and so does a frame that is no reason ("To counter …", a purpose, §5).
 */
import { describe, expect, it } from 'vitest';
import { reasonFrameEnd } from '../../../ingest/commitments/reasonFrame';
import { extractText } from '../../support/extractText';

function about(sentence: string): string[] {
  const result = extractText(
    'Joint Statement of the United States and Japan',
    sentence,
    'reason-frames',
  );
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const found = result.commitments.find((c) => c.text === sentence);
  expect(found, `no commitment for: ${sentence}`).toBeDefined();
  return found!.about.map((id) => names.get(id) ?? id);
}

/** [sentence, names the clause is about, names of the frame that stay out] */
const CASES: readonly [string, readonly string[], readonly string[]][] = [
  [
    'In response to the entry of North Korean soldiers into the war, the United States and Japan will provide additional air defense interceptors to Ukraine.',
    ['Ukraine'],
    ["Democratic People's Republic of Korea"],
  ],
  [
    'Given Russia’s continued attacks on energy infrastructure, the United States and Japan will provide generators to Ukraine.',
    ['Ukraine'],
    ['Russia'],
  ],
  [
    'In light of growing DPRK-Russia cooperation, the United States and Japan will continue to provide security assistance to Ukraine.',
    ['Ukraine'],
    ["Democratic People's Republic of Korea", 'Russia', 'DPRK-Russia cooperation'],
  ],
  [
    'Today, in the face of Russia’s aggression, the United States and Japan reaffirm their support for Moldova.',
    ['Moldova'],
    ['Russia'],
  ],
  [
    'Amid rising tensions in the Middle East, the United States and Japan agreed to expand cooperation with India.',
    ['India'],
    ['Middle East'],
  ],
  [
    'Given the arrests of journalists in Belarus, the closure of independent media, and the pressure on Lithuania, the United States and Japan will continue to support civil society in Georgia.',
    ['Georgia'],
    ['Belarus', 'Lithuania'],
  ],
  [
    'Because of Iran’s nuclear escalation, the United States and Japan will deepen their cooperation with the Philippines.',
    ['Philippines'],
    ['Iran', 'nuclear escalation'],
  ],
  [
    'Due to Venezuela’s political crisis, the United States and Japan will provide humanitarian assistance to Colombia.',
    ['Colombia', 'humanitarian assistance'],
    ['Venezuela'],
  ],
];

describe('leading reason frames stay out of about', () => {
  it.each(CASES)('%s', (sentence, kept, out) => {
    const found = about(sentence);
    for (const name of kept) expect(found).toContain(name);
    for (const name of out) expect(found).not.toContain(name);
  });

  it('keeps the threat of a trailing frame attached to the stance', () => {
    const found = about(
      'The United States and Japan will continue to support Ukraine in the face of Russia’s aggression.',
    );
    expect(found).toEqual(expect.arrayContaining(['Ukraine', 'Russia']));
  });

  it('keeps what a frame that is no reason names', () => {
    const found = about(
      'To counter Russia’s disinformation, the United States and Japan will provide budget support to Moldova.',
    );
    expect(found).toEqual(expect.arrayContaining(['Russia', 'Moldova']));
  });
});

describe('reasonFrameEnd', () => {
  it('ends a frame at its first comma, or at the last comma before a later subject', () => {
    const one = 'In light of X, the leaders committed to Y.';
    expect(reasonFrameEnd(one, one.indexOf('committed'), { start: one.indexOf('the') })).toBe(
      one.indexOf(',') + 1,
    );
    const list = 'Given A, B, and C, we will act.';
    expect(reasonFrameEnd(list, list.indexOf('will'), { start: list.indexOf('we') })).toBe(
      list.indexOf('C,') + 2,
    );
  });

  it('leaves a stance inside the frame, and a sentence with no frame, alone', () => {
    const own = 'Given our commitment to X, we will act.';
    expect(reasonFrameEnd(own, own.indexOf('commitment'))).toBe(0);
    const none = 'Following the summit, we will act.';
    expect(reasonFrameEnd(none, none.indexOf('will'))).toBe(0);
  });
});
