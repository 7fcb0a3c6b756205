/**
 * Session 31 (joint31): a forum or group named by the United States and another party in one
 * hyphenated word is a bilateral mechanism, a Program (pairBodies.ts); a commission, the same
 * heads without the pair, or with a region's hyphenated name, stay Organizations. Sentences written in
 * the joint statements' style, not copied from a gold file.
 */
import { describe } from 'vitest';
import { itFindsNames, type NameRow } from '../../support/nameRows';

const TITLE = 'Joint Statement of the United States and Ruritania';

const ROWS: NameRow[] = [
  [
    'The leaders look forward to the next meeting of the U.S.-Ruritania Energy Forum in the spring.',
    [['U.S.-Ruritania Energy Forum', 'Program']],
  ],
  [
    'Both sides agreed to reconvene the Ruritania-U.S. Trade Policy Forum to address market access.',
    [['Ruritania-U.S. Trade Policy Forum', 'Program']],
  ],
  [
    'The ministers tasked the U.S.-Ruritania Economic Policy Group with a report by year’s end.',
    [['U.S.-Ruritania Economic Policy Group', 'Program']],
  ],
  [
    'The Secretary met the United States-Ruritania Trade Forum delegation and the United States-Ruritania Joint Economic Commission.',
    [['United States-Ruritania Trade Forum', 'Program']],
  ],
  [
    'They welcomed the revitalized United States-Ruritania Joint Economic Commission.',
    [['United States-Ruritania Joint Economic Commission', 'Organization']],
  ],
  [
    'Ruritania will join the Pacific Islands Forum as an observer.',
    [['Pacific Islands Forum', 'Organization']],
  ],
  [
    'Ruritania will host the next Indo-Pacific Business Forum to promote private investment.',
    [['Indo-Pacific Business Forum', 'Organization']],
  ],
  // Session 56 (names56): the head before a complement still names a pair's forum or group.
  [
    'The two governments launched the Ruritania-U.S. Forum on Clean Energy Supply Chains last year.',
    [['Ruritania-U.S. Forum on Clean Energy Supply Chains', 'Program']],
  ],
  [
    'The U.S.-Ruritania Joint Action Group on Energy Security will report to ministers.',
    [['U.S.-Ruritania Joint Action Group on Energy Security', 'Program']],
  ],
  [
    'The leaders noted the work of the U.S.-Ruritania Joint Committee on status of forces issues.',
    [['U.S.-Ruritania Joint Committee', 'Organization']],
  ],
];

describe('pair-named forums, groups and commissions', () => {
  itFindsNames(TITLE, ROWS);
});
