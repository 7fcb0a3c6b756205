/**
 * The topic quality floor and the thesaurus, table-driven: raw noun phrase → the topics it yields
 * (none for fragments and vacuous phrases). Word lists: data/rules/topic-quality.json; concepts:
 * data/lexicon/topics.json.
 */
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../ingest/lexicon';
import { topicPhrases } from '../../../ingest/topics/quality';
import { conceptFor, foldLabel } from '../../../ingest/topics/thesaurus';
import { extractText } from '../../support/extractText';

const known = (phrase: string) => conceptFor(lexicon(), phrase) !== undefined;

const ROWS: [raw: string, topics: string[]][] = [
  // fragments
  ['irreversible abandonment of its', []],
  // A lone quantifier complement names no party; schedule words and cut verbs are no topics.
  ['resilience of all', []],
  ['earliest practicable date', []],
  ['regular status updates', []],
  ['sustained dialogue depends', []],
  ['the path forward', []],
  ['issue of Japanese', []],
  ['recurrence of the nuclear', []],
  ['based economic order', []],
  ['stability- and growth', []],
  ['leverage our respective industrial bases', []],
  ['Prime Minister', []],
  ['Spread of Weapons and Materials', []],
  // vacuous heads and phrases
  ['concrete steps', []],
  // A party's role in the singular names who it is, not what the clause is about.
  ['a dependable strategic partner', []],
  ['the leading investor in the Canadian economy', []],
  ['a trusted supplier', []],
  ['a convener of regional forums', []],
  ['their shared mission', []],
  // A complement that points back is cut; an enduring posture keeps its modifier.
  ['the enduring stationing of these capabilities', ['enduring stationing']],
  ['the enduring presence of such forces', ['enduring presence']],
  ['necessity of immediate resolution', []],
  ['implications of Russian support', []],
  ['international community', []],
  ['enduring and ironclad', []],
  ['cooperation', []],
  ['joint efforts', []],
  ['security of our citizens', []],
  ['peace and stability in the Indo-Pacific', []],
  ['unique opportunity', []],
  // how the talks went is dropped; 'dialogue' itself is a thesaurus concept (engage in dialogue)
  ['candid and constructive dialogue', ['dialogue']],
  ['cases of American citizens', []],
  ['all available tools', []],
  ['a global priority', []],
  ['costs on Russia', []],
  ['the most dynamic region', []],
  ['shared concerns', []],
  ['progress and next steps on implementation', []],
  ['reckless attacks on civilians', ['attacks on civilians']],
  // single words the thesaurus knows; a weak modifier that belongs to a fixed phrase stays
  ['coercion', ['coercion']],
  ['counternarcotics', ['counternarcotics']],
  ['disinformation', ['disinformation']],
  ['fundamental freedoms', ['fundamental freedoms']],
  // a head vacuous alone names a subject with a named object (namedObjectHeads)
  ['defense of Japan', ['defense of Japan']],
  ['security of the American homeland', ['security of the American homeland']],
  ['cooperation between Russia and the DPRK', ['cooperation between Russia and the DPRK']],
  ['cooperation between the United States', []],
  // a one-word country name is the object, not a people's adjective cut from its noun
  ['support to the Brazilian', []],
  ['people of Haiti', ['people of Haiti']],
  ['support for Mali', ['support for Mali']],
  // a person's relative in the singular is who, not what (agentHeads)
  ['her husband', []],
  ['his daughter', []],
  ['U.S.-PRC relations', ['U.S.-PRC relations']],
  // the source of a threat, after "posed by", names a subject (posedByHeads)
  ['threats posed by the DPRK', ['threats posed by the DPRK']],
  ['risks posed by Iran', ['risks posed by Iran']],
  ['threats posed by', []],
  // too long with nothing but the parties' names after the head phrase: the head phrase
  ['close economic ties between the United States and Southeast Asia', ['economic ties']],
  ['economic ties between Japan and Australia', ['economic ties between Japan and Australia']],
  // an action noun as an "of" complement keeps its own complement (ofChainHeads)
  ['threat of use of nuclear weapons', ['threat of use of nuclear weapons']],
  // a reference to earlier talks, a home town: no subject
  ['previous discussions', []],
  // who the speakers are, not what they speak about
  ['long-standing supporters of Myanmar', []],
  ['friends of the Pacific', []],
  // when, not what
  ['prospective key events', []],
  ['upcoming maritime exercises', ['maritime exercises']],
  ['prior meetings', []],
  ['home town of Nagasaki', []],
  ['U.S.-Japan security', []],
  ['Japan-Republic of Korea bilateral ties', ['Japan-Republic of Korea bilateral ties']],
  ['prosperity of the Indo-Pacific', []],
  // how firm, how big, how broad: evaluations and scopes, not subjects
  ['a strong and resolute response', []],
  ['tremendous progress', []],
  ['a solid foundation for closer cooperation', []],
  // ("global and regional issues" names both: the thesaurus knows each, topic-topicrec31.test.ts)
  ['global and regional concerns', []],
  ['their national security teams', []],
  ['complex nature of relations', []],
  ['advances in cooperation', []],
  ['progress in maritime domain awareness', ['maritime domain awareness']],
  ['consultation processes in crises and contingencies', ['consultation processes']],
  [
    'sustainable development of the Mekong sub-region',
    ['sustainable development of the Mekong sub-region'],
  ],
  // a head that takes "to" (toHeads): a named party after it makes a topic, a vacuous head
  // (commitment) otherwise leaves its object
  ['support to Ukraine', ['support to Ukraine']],
  ['military support to terrorist groups', ['military support to terrorist groups']],
  // A stance word before its party names the party, not a topic (session 54).
  ['ironclad commitment to the ROK', []],
  ['steadfast commitment to the health and safety', ['health and safety']],
  ['ironclad commitment to the defense of Japan', ['defense of Japan']],
  ['shared commitment to the goal', []],
  ['support to the Brazilian', []],
  ['path-breaking commitment to safe and effective vaccines', ['safe and effective vaccines']],
  // challenges: a topic only when a domain names them
  ['pressing challenges', []],
  ['critical challenges', []],
  ['most challenging security threats', ['security threats']],
  ['pressing regional and global challenges', ['regional and global challenges']],
  ['challenges', []],
  ['maritime security challenges', ['maritime security challenges']],
  // group subjects are actors, not topics; a group as a complement stays
  ['national security advisors', []],
  ['our regional allies and partners', []],
  ['reciprocal visits of military officials', ['reciprocal visits of military officials']],
  ['trilateral defense cooperation', ['trilateral defense cooperation']],
  ['holding of an Extended', []],
  ['against emerging variants', []],
  ['over tyranny and oppression', []],
  ['contribution of nuclear technology applications', ['nuclear technology applications']],
  // a head vacuous alone says how; "on" says what
  ['cooperation on international standards', ['international standards']],
  ['consultations on export licensing', ['export licensing']],
  // relational heads give their complement; weak modifiers go
  ['implementation of the sanctions regime', ['sanctions regime']],
  ['robust communication infrastructure', ['communication infrastructure']],
  ['ever-stronger mutual defense relationship', ['mutual defense relationship']],
  ['growing nuclear threats', ['nuclear threats']],
  // "similar" points back to what was said before, it names no kind (the gold keeps it nowhere)
  ['similar export restrictions', ['export restrictions']],
  ['linchpin of maritime security', ['maritime security']],
  // coordinations of two full phrases are two topics; a shared head is distributed
  ['legal obligations and political commitments', []],
  [
    'digital infrastructure and clean energy supply chains',
    ['digital infrastructure', 'clean energy supply chains'],
  ],
  ['nuclear and missile programs', ['nuclear programs', 'missile programs']],
  ['chemical and biological weapons', ['chemical weapons', 'biological weapons']],
  ['WMD and ballistic missile programs', ['WMD programs', 'ballistic missile programs']],
  ['illicit nuclear and missile tests of the DPRK', ['nuclear tests', 'missile tests']],
  ['nuclear weapons and missile programs', ['nuclear weapons', 'missile programs']],
  [
    'chemical and space launch developments',
    ['chemical developments', 'space launch developments'],
  ],
  // a left half ending in an adjective shares the right half's head; a noun in -al does not
  [
    'transparent clinical and viral genomic sequence data',
    ['transparent clinical data', 'viral genomic sequence data'],
  ],
  ['nuclear material and sensitive technologies', ['nuclear material', 'sensitive technologies']],
  ['safe and effective vaccines', ['safe and effective vaccines']],
  // an evaluation of the thing is dropped, unless the term of art keeps it
  ['unlawful arms transfers', ['arms transfers']],
  ['unlawful maritime claims', ['unlawful maritime claims']],
  ['illicit synthetic drugs', ['illicit synthetic drugs']],
  // "illicit"/"illegal" before a trade, a market or an activity names its kind (the illegal
  // economy), not how bad it is; a fixed term of practice keeps its adjective
  ['illicit proceeds', ['illicit proceeds']],
  ['illicit activities at sea', ['illicit activities at sea']],
  ['illicit trade in antiquities', ['illicit trade in antiquities']],
  ['illegal mining', ['illegal mining']],
  ['best practices', ['best practices']],
  ['mutual trust', ['mutual trust']],
  ['collective bargaining', ['collective bargaining']],
  ['inclusive growth', ['inclusive growth']],
  // "regular" as lawful (migration) is a kind; as how often it stays weak
  ['regular pathways for workers', ['regular pathways for workers']],
  // a violation is about what is violated; shared aims are no topic
  ['violations of human rights', ['human rights']],
  ['shared goals', []],
  // a wish is who speaks; readiness alone is the speakers' own, with a domain it is a topic
  ['common desire', []],
  // a forum is where the parties speak, 'in lockstep with' how they act: neither is what about
  ['indispensable forum', []],
  ['lockstep with our Pacific partners', []],
  ['readiness', []],
  ['operational readiness', ['operational readiness']],
  ['peace and stability', ['peace and stability']],
  // a complement of nothing but vacuous words is cut; an evaluative adjective is no part of a topic
  ['information on the challenges', []],
  ['maritime cooperation in the region', ['maritime cooperation']],
  ['investments in defense', ['investments in defense']],
  ['courageous support', []],
  // what the thesaurus knows passes, one word included
  ['denuclearization', ['denuclearization']],
  ['peaceful resolution of cross-Strait issues', ['peaceful resolution of cross-Strait issues']],
];

describe('topic quality floor', () => {
  it.each(ROWS)('%s → %j', (raw, topics) => {
    expect(topicPhrases(raw, known)).toEqual(topics);
  });
});

/** The topics extracted from a one-paragraph joint statement. */
function topicsOf(body: string): string[] {
  const result = extractText('Joint Statement of the United States and Japan', body, 'topics');
  return result.entities.filter((e) => e.type === 'Topic').map((e) => e.name);
}

describe('derived topics', () => {
  it('makes no topic of a name a relational head leaves ("in violation of …")', () => {
    const topics = topicsOf(
      'We condemn the launches, in violation of UN Security Council resolutions.',
    );
    expect(topics.filter((name) => /Security Council/.test(name))).toEqual([]);
  });

  it('keeps both parties after "between" ("cooperation between Iran and Russia")', () => {
    const topics = topicsOf(
      'We will coordinate responses to growing cooperation between Iran and Russia.',
    );
    expect(topics).toContain('cooperation between Iran and Russia');
  });

  it('makes no topic of a phrase that points back ("these reckless acts", "such activities")', () => {
    const topics = topicsOf(
      'We condemn these reckless acts and urge all states to report such illicit transfers of arms.',
    );
    expect(topics.filter((name) => /acts|transfers/.test(name))).toEqual([]);
  });
});

describe('complements with "to"', () => {
  it('keeps the object of support and changes ("support to Ukraine")', () => {
    const topics = topicsOf(
      'The ministers condemned changes to the electoral law. ' +
        'They committed to continue their financial support to Moldova.',
    );
    expect(topics).toEqual(
      expect.arrayContaining(['financial support to Moldova', 'changes to the electoral law']),
    );
  });

  // Session 54: the gold names the party alone after 'commitment to' (Tunisia, Iraq, Kuwait, India,
  // Australia, Japan: one exception in 8+ files); a learnt name ('commitment to the Indo-Pacific') stays.
  it('names the party of a commitment, not the commitment ("reaffirmed the U.S. commitment to the Philippines")', () => {
    const topics = topicsOf(
      'President Biden reaffirmed the enduring U.S. commitment to the Philippines.',
    );
    expect(topics).not.toContain('commitment to the Philippines');
  });

  it('makes no topic of support for a named body: the body is what the clause is about', () => {
    const topics = topicsOf(
      'The leaders reaffirmed their support for the International Atomic Energy Agency.',
    );
    expect(topics.filter((name) => /^support/.test(name))).toEqual([]);
  });
});

describe('a concessive clause before the stance', () => {
  it('gives its topics to the demand after ", but" ("the door to diplomacy remains open, but …")', () => {
    const topics = topicsOf(
      'The door to diplomacy remains open, but the DPRK must stop its provocations.',
    );
    expect(topics).toContain('diplomacy');
  });
});

describe('topics are what commitments are about', () => {
  it('makes no topic of a thesaurus term that only narrative names', () => {
    const topics = topicsOf(
      'Export controls have slowed the growth of these programs. ' +
        'We will continue to impose sanctions on those who evade them.',
    );
    expect(topics).toContain('sanctions');
    expect(topics.filter((name) => /export/i.test(name))).toEqual([]);
  });
});

describe('thesaurus phrases of readouts', () => {
  it('makes one topic of coordinating with allies and partners, in any verb form', () => {
    const topics = topicsOf(
      'The Secretary will continue to coordinate closely with our allies and partners on the response. ' +
        'The ministers agreed to keep working in close coordination with other allies and partners.',
    );
    expect(topics).toContain('coordination with allies and partners');
    expect(topics.filter((name) => /allies and partners/.test(name))).toHaveLength(1);
  });

  it('names lines of communication kept open as a topic', () => {
    const topics = topicsOf(
      'The President underscored that the United States will compete vigorously while keeping lines of communication open.',
    );
    expect(topics).toContain('lines of communication');
  });

  it('knows single-word topics of China readouts and assistance packages', () => {
    const topics = topicsOf(
      'The United States will compete vigorously and ensure that competition does not veer into conflict. ' +
        'We will deliver thousands of additional rockets to Ukraine.',
    );
    expect(topics).toEqual(expect.arrayContaining(['competition', 'conflict', 'rockets']));
  });

  it('reads "test of a long-range ballistic missile" as one topic, not a fragment', () => {
    const topics = topicsOf(
      'The United States condemns the DPRK for its test of a long-range ballistic missile.',
    );
    expect(topics).toContain('long-range ballistic missile tests');
    expect(topics.filter((name) => /^test of/.test(name))).toEqual([]);
  });

  it('keeps each item of a list of alliance activities ("exercises, simulations, training")', () => {
    const topics = topicsOf(
      'The leaders will continue to make progress on the workstreams, including strategic planning; exercises, simulations, training, and investment activities; and risk reduction.',
    );
    expect(topics).toEqual(expect.arrayContaining(['exercises', 'simulations', 'training']));
  });

  it('ends a coordination at its shared head ("nuclear and ballistic missile programs and …")', () => {
    const topics = topicsOf(
      'We will counter Iran’s chemical and ballistic missile programs and its support for proxy militias.',
    );
    expect(topics).toEqual(
      expect.arrayContaining(['chemical programs', 'ballistic missile programs']),
    );
  });

  it('reads the triad of peace, security and prosperity as one concept', () => {
    const topics = topicsOf(
      'Both sides reaffirmed that their partnership is the linchpin for peace, security, and prosperity across the Pacific.',
    );
    expect(topics).toContain('peace and prosperity');
    expect(topics.filter((name) => /linchpin/.test(name))).toEqual([]);
  });

  it('names nuclear and missile developments by their programs', () => {
    const topics = topicsOf('We will respond firmly to Iran’s nuclear and missile developments.');
    expect(topics).toEqual(expect.arrayContaining(['nuclear programs', 'missile programs']));
  });

  it('keeps a known concept behind a phrase that points back ("these unlawful weapons programs")', () => {
    const topics = topicsOf(
      'We will continue to use every available tool to constrain these unlawful weapons programs.',
    );
    expect(topics).toContain('weapons programs');
  });

  it('admits trilateral ties and trilateral coordination, which the floor rejects as vague', () => {
    const topics = topicsOf(
      'The three leaders resolved to strengthen trilateral ties and deepen trilateral coordination.',
    );
    expect(topics).toEqual(expect.arrayContaining(['trilateral ties', 'trilateral coordination']));
  });

  it('admits bilateral ties, interests and values, confrontation and consultations', () => {
    const topics = topicsOf(
      'The two leaders underscored the importance of their bilateral ties and agreed to hold regular consultations. ' +
        'President Biden stressed that competition must not turn into confrontation. President Biden committed to defend the interests and values of the United States.',
    );
    expect(topics).toEqual(
      expect.arrayContaining([
        'bilateral ties',
        'consultations',
        'interests and values',
        'confrontation',
      ]),
    );
  });

  it('names a nominalised or possessive phrase by its concept ("resolved peacefully", "the region’s prosperity")', () => {
    const topics = topicsOf(
      'The leaders underscored that all disputes must be resolved peacefully and reiterated the importance of freedom of navigation to the region’s prosperity.',
    );
    expect(topics).toEqual(
      expect.arrayContaining(['peaceful resolution of disputes', 'regional prosperity']),
    );
  });

  it('names supporting Ukraine as the topic support for Ukraine, beside the country', () => {
    const topics = topicsOf(
      'The ministers pledged to keep supporting Ukraine and to expand economic security cooperation.',
    );
    // 'economic security cooperation' is a concept of its own (session 31), narrower than
    // 'economic security'.
    expect(topics).toEqual(
      expect.arrayContaining(['support for Ukraine', 'economic security cooperation']),
    );
    expect(topics).not.toContain('security cooperation');
  });

  it('reads the “one China” policy as a topic (a policy, not an instrument), quotes and all', () => {
    const topics = topicsOf(
      'President Biden reiterated that the United States remains committed to its “one China” policy.',
    );
    expect(topics).toContain('one China policy');
  });

  it('admits negotiations, a single word the floor would drop', () => {
    expect(topicsOf('We call on the DPRK to return to serious negotiations.')).toContain(
      'negotiations',
    );
  });
});

describe('noun phrases around names, thesaurus terms and participles', () => {
  it('keeps a thesaurus term that modifies a noun inside the phrase ("vaccine access")', () => {
    const topics = topicsOf(
      'We will work together to expand equitable vaccine access and climate finance.',
    );
    // "vaccine access" is a thesaurus concept since session 13 (the gold's name for the phrase).
    expect(topics).toEqual(expect.arrayContaining(['vaccine access', 'climate finance']));
    expect(topics).not.toContain('vaccines');
    expect(topics).not.toContain('climate change');
  });

  it('keeps a participle inside a noun phrase ("a durable negotiated settlement")', () => {
    const topics = topicsOf(
      'The ministers encouraged progress towards a durable negotiated settlement and upheld the rules-based maritime order.',
    );
    expect(topics).toEqual(
      expect.arrayContaining(['negotiated settlement', 'rules-based maritime order']),
    );
  });

  it('keeps a body or meeting that modifies the noun, drops a country that does', () => {
    const topics = topicsOf(
      'We support the ASEAN-led regional architecture and will expand Korean investment in semiconductor manufacturing.',
    );
    expect(topics).toContain('ASEAN-led regional architecture');
    expect(topics).toContain('investment in semiconductor manufacturing');
  });

  it('ends a phrase at a possessive pronoun and at a preposition before a name', () => {
    const topics = topicsOf(
      'We will stand in support of Ukraine and its fight for freedom. We reaffirm the commitment of the United States to the defense of the Philippines under Article IV of the Mutual Defense Treaty.',
    );
    // "freedom" is a thesaurus concept (session 12): the fight's object is read, never "its".
    expect(topics).toContain('freedom');
    expect(topics).toContain('defense of the Philippines');
    expect(topics.filter((name) => /\bits\b/.test(name))).toEqual([]);
  });

  it('counts a name in the complement as one word and cuts "in the near future"', () => {
    const topics = topicsOf(
      'We oppose unlawful maritime claims in the South China Sea and will hold a theater commander telephone call in the near future.',
    );
    expect(topics).toContain('unlawful maritime claims in the South China Sea');
    expect(topics).toContain('theater commander telephone call');
  });
});

describe('modifiers coordinated before a shared head', () => {
  it('distributes the head over thesaurus terms and plain modifiers alike', () => {
    const topics = topicsOf(
      'The ministers condemned the continued development of its chemical and ballistic missile programs and its illicit nuclear and biological weapons. They also condemned its recent nuclear and missile tests.',
    );
    expect(topics).toEqual(
      expect.arrayContaining([
        'chemical programs',
        'ballistic missile programs',
        'nuclear weapons',
        'biological weapons',
        'nuclear testing',
        'missile tests',
      ]),
    );
    expect(topics).not.toContain('ballistic missiles');
  });

  it('reads the coordination before a named owner, and names each topic for itself', () => {
    const extraction = extractText(
      'Joint Statement of the United States and Japan',
      'The leaders vowed to counter the WMD and missile programs of the DPRK.',
      'shared-head',
    );
    const names = extraction.entities.filter((e) => e.type === 'Topic').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['weapons of mass destruction programs', 'missile programs']),
    );
    for (const mention of extraction.mentions) {
      expect(mention.text).not.toMatch(/ of the DPRK/);
    }
  });
});

describe('a party named in a topic', () => {
  it('names the source of a threat by the short form of a long name with a possessive', () => {
    const result = extractText(
      'Joint Statement of the United States and Japan',
      'The ministers voiced concern about the growing threats posed by the Democratic People’s Republic of Korea.',
      'posed',
    );
    const topic = result.entities.find((e) => e.name === 'threats posed by the DPRK');
    expect(topic).toBeDefined();
    const mention = result.mentions.find((m) => m.entityId === topic!.id);
    expect(mention?.text).toBe('threats posed by the Democratic People’s Republic of Korea');
  });

  it('keeps a name the statement wrote without a possessive as written', () => {
    // Not "policy coordination on North Korea": the thesaurus folds that into its concept.
    expect(
      topicsOf('We will deepen policy dialogue on North Korea with the Republic of Korea.'),
    ).toContain('policy dialogue on North Korea');
  });
});

describe('words around a phrase', () => {
  it('reads a hyphenated word whole, the chain of "of" after an action noun, and no -s verb', () => {
    const topics = topicsOf(
      'The ministers welcomed the resumption of military-to-military communications and in-person exchanges. They opposed the threat of use of chemical weapons, and stressed that the global community expects Moscow to comply.',
    );
    expect(topics).toEqual(
      expect.arrayContaining([
        'military-to-military communications',
        'in-person exchanges',
        'threat of use of chemical weapons',
      ]),
    );
    expect(topics).not.toContain('person exchanges');
    expect(topics.filter((name) => /expects|threat of use$/.test(name))).toEqual([]);
  });

  it('opens a relation at its pair of names, past the words that say how much', () => {
    const topics = topicsOf(
      'The leaders welcomed deepening Japan-ROK cooperation and committed to expand bilateral U.S.-Japan ties.',
    );
    expect(topics).toEqual(expect.arrayContaining(['Japan-ROK cooperation', 'U.S.-Japan ties']));
  });

  it('keeps a thesaurus term as the object of an action noun ("transfer of ballistic missiles")', () => {
    const topics = topicsOf('The leaders condemned the export of ballistic missiles to Syria.');
    expect(topics).toContain('export of ballistic missiles');
    expect(topics).not.toContain('ballistic missiles');
  });

  it('reads a participle after a complement’s preposition inside the phrase', () => {
    expect(topicsOf('The leaders welcomed the storage of separated waste.')).toContain(
      'storage of separated waste',
    );
    expect(topicsOf('We support the release of treated water into the sea.')).toContain(
      'release of treated water',
    );
  });

  it('reads an "As …" clause before the stance, not the speakers’ role', () => {
    const role = topicsOf(
      'As the two largest maritime democracies in the region, we will deepen energy security cooperation.',
    );
    expect(role.length).toBeGreaterThan(0);
    expect(role.filter((name) => /democracies/.test(name))).toEqual([]);
    expect(
      topicsOf(
        'As the DPRK expands its arsenal in defiance of the arms embargo, we will strengthen deterrence.',
      ),
    ).toContain('arms embargo');
  });

  it('names a subject’s object without the possessive pronoun that points back', () => {
    const topics = topicsOf(
      'We oppose changes to their constitution and will strengthen the defense of its Pacific territories.',
    );
    expect(topics).toEqual(
      expect.arrayContaining(['defense of Pacific territories', 'changes to constitution']),
    );
    expect(topics.filter((name) => /\b(?:its|their)\b/.test(name))).toEqual([]);
  });

  it('knows detentions and exit bans as concepts', () => {
    const topics = topicsOf(
      'The leaders called for the release of wrongfully detained U.S. nationals and the lifting of exit bans.',
    );
    expect(topics).toEqual(expect.arrayContaining(['wrongfully detained Americans', 'exit bans']));
  });
});

describe('topic thesaurus', () => {
  it('maps alternative labels, plurals and case to one concept', () => {
    const lx = lexicon();
    const id = conceptFor(lx, 'nuclear threats');
    expect(id).toBe('topic:nuclear-threats');
    expect(conceptFor(lx, 'Nuclear Threat')).toBe(id);
    expect(conceptFor(lx, 'information technology workers')).toBe(conceptFor(lx, 'IT workers'));
    expect(conceptFor(lx, 'unknown phrase of no concept')).toBeUndefined();
  });

  it('knows the qualified and enumerated forms of a concept', () => {
    const lx = lexicon();
    // The gold names the combined posture and the values by the text's words (session 16):
    // narrower concepts of their own, BROADER than force posture / democratic values.
    const broaderOf = (id: string | undefined) => lx.entities.get(id ?? '')?.attributes?.broader;
    expect(broaderOf(conceptFor(lx, 'combined defense posture'))).toBe('force posture');
    expect(conceptFor(lx, 'peace, stability, and prosperity')).toBe(
      conceptFor(lx, 'peace and prosperity'),
    );
    expect(broaderOf(conceptFor(lx, 'common values and interests'))).toBe('democratic values');
    expect(broaderOf(conceptFor(lx, 'shared values'))).toBe('democratic values');
    expect(conceptFor(lx, 'international peace and security')).toBe('topic:peace-and-security');
    expect(conceptFor(lx, 'HA/DR')).toBe(
      conceptFor(lx, 'humanitarian assistance and disaster relief'),
    );
    expect(conceptFor(lx, 'health security')).not.toBe(conceptFor(lx, 'global health'));
  });

  it('knows spelling and word-order variants of economic and regional concepts', () => {
    const lx = lexicon();
    expect(conceptFor(lx, 'semi-conductors')).toBe(conceptFor(lx, 'semiconductors'));
    expect(conceptFor(lx, 'ASEAN’s unity and centrality')).toBe(conceptFor(lx, 'ASEAN centrality'));
    expect(conceptFor(lx, 'peace, security, and prosperity')).toBe(
      conceptFor(lx, 'peace and prosperity'),
    );
    expect(conceptFor(lx, 'nuclear developments')).toBe(conceptFor(lx, 'nuclear programs'));
    expect(conceptFor(lx, 'inclusive economic growth')).toBe('topic:inclusive-growth');
    expect(conceptFor(lx, 'civil space cooperation')).toBe('topic:civil-space');
    expect(conceptFor(lx, 'competitiveness')).toBe('topic:competitiveness');
    expect(conceptFor(lx, 'strategic documents')).toBe(conceptFor(lx, 'guiding documents'));
    expect(conceptFor(lx, 'defense investments')).toBe(conceptFor(lx, 'spending on defense'));
    // a spending pledge is the commitment, not the spending
    expect(conceptFor(lx, 'defense spending pledge')).toBeUndefined();
    // a partnership is the standing relation, cooperation what the parties do in it
    expect(conceptFor(lx, 'trilateral partnerships')).toBe('topic:trilateral-partnership');
    expect(lx.entities.get('topic:trilateral-partnership')?.attributes).toMatchObject({
      broader: 'trilateral cooperation',
    });
  });

  it('records the broader concept on the topic entity', () => {
    expect(lexicon().entities.get('topic:extended-deterrence')?.attributes).toMatchObject({
      broader: 'deterrence',
    });
  });

  it('folds curly quotes and plural endings, not inner words', () => {
    expect(foldLabel('Women’s Empowerment')).toBe("women's empowerment");
    expect(foldLabel('activities')).toBe('activity');
    expect(foldLabel('analysis')).toBe('analysis');
  });
});
