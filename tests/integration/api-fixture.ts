/**
 * Hand-built extractions for the API and explorer tests: the DPRK section of the 2025-09-22
 * trilateral statement, modelled as the contract says, so the tests do not depend on the
 * extractor's accuracy. Mentions are found by the surface strings, with document offsets.
 */
import { createHash } from 'node:crypto';
import type { Commitment, Entity, Extraction, Stance } from '../../contract/extraction';

interface CommitmentSpec {
  sentence: number;
  stance: Stance;
  trigger: string;
  actors: string[];
  about: string[];
  targets?: string[];
  implicitAbout?: string[];
}

interface DocSpec {
  id: string;
  title: string;
  date: string;
  sentences: string[];
  /** Entity and the strings that mention it. */
  entities: (Entity & { surface?: string[] })[];
  commitments: CommitmentSpec[];
  relations?: Extraction['relations'];
}

export function buildExtraction(spec: DocSpec): Extraction {
  const slug = spec.id.replace(/^doc:/, '');
  let offset = 0;
  const sentences = spec.sentences.map((text, index) => {
    const s = {
      id: `sent:${slug}:${index}`,
      docId: spec.id,
      index,
      text,
      start: offset,
      end: offset + text.length,
    };
    offset += text.length + 1;
    return s;
  });
  const mentions: Extraction['mentions'] = [];
  for (const e of spec.entities) {
    const surfaces = [...new Set([e.name, ...e.aliases, ...(e.surface ?? [])])].sort(
      (a, b) => b.length - a.length,
    );
    for (const s of sentences) {
      const taken: [number, number][] = [];
      for (const surface of surfaces) {
        for (let at = s.text.indexOf(surface); at >= 0; at = s.text.indexOf(surface, at + 1)) {
          if (taken.some(([a, b]) => at < b && at + surface.length > a)) continue;
          taken.push([at, at + surface.length]);
          mentions.push({
            entityId: e.id,
            sentenceId: s.id,
            start: s.start + at,
            end: s.start + at + surface.length,
            text: surface,
          });
        }
      }
    }
  }
  const commitments: Commitment[] = spec.commitments.map((c, i) => {
    const sentence = sentences[c.sentence];
    if (!sentence) throw new Error(`fixture: no sentence ${c.sentence}`);
    return {
      id: `commitment:${slug}:${i}`,
      docId: spec.id,
      sentenceId: sentence.id,
      stance: c.stance,
      trigger: c.trigger,
      text: sentence.text,
      actors: c.actors,
      about: c.about,
      targets: c.targets ?? [],
      implicitAbout: c.implicitAbout,
    };
  });
  return {
    documents: [
      {
        id: spec.id,
        title: spec.title,
        date: spec.date,
        sha256: createHash('sha256').update(spec.sentences.join(' ')).digest('hex'),
      },
    ],
    sentences,
    entities: spec.entities.map(({ surface: _surface, ...e }) => e),
    mentions,
    commitments,
    relations: spec.relations ?? [],
  };
}

const MINISTERS = ['official:marco-rubio', 'official:iwaya-takeshi', 'official:cho-hyun'];
const e = (
  id: string,
  type: Entity['type'],
  name: string,
  aliases: string[] = [],
  surface: string[] = [],
) => ({ id, type, name, aliases, surface });

export const DPRK_ID = 'country:prk';

export function trilateralFixture(): Extraction {
  return buildExtraction({
    id: 'doc:2025-09-22-us-japan-rok-trilateral-new-york',
    title:
      'Joint Statement from the Trilateral Meeting of the United States of America, Japan, and the Republic of Korea in New York City',
    date: '2025-09-22',
    sentences: [
      'Secretary of State of the United States of America Marco Rubio, Foreign Minister of Japan Iwaya Takeshi, and Foreign Minister of the Republic of Korea Cho Hyun met on September 22 in New York City.',
      "The Secretary and Foreign Ministers reaffirmed their resolute commitment to the complete denuclearization of the Democratic People's Republic of Korea (DPRK) in accordance with the relevant United Nations Security Council resolutions (UNSCRs), while continuing to make efforts to maintain peace and stability on the Korean Peninsula through dialogue and diplomacy.",
      "They emphasized the need to address together the DPRK's nuclear and missile programs and to maintain and strengthen the sanctions regime against the DPRK by responding firmly and in cooperation with other countries to violations and evasions of the relevant UNSCRs.",
      "They expressed serious concerns over the DPRK's increasing military cooperation with Russia, including the implications of Russian support to the DPRK's military capabilities, particularly its long-range missiles.",
      'They urged Russia and North Korea to immediately cease all such activities and abide by the UN Charter and all relevant UNSCRs.',
      'They expressed their serious concern with malicious cyber activities by North Korean cyber actors and IT workers.',
      'They reaffirmed the importance of the continued efforts of the Trilateral Diplomatic Working Group on North Korean Cyber Threats.',
      'The Secretary and Foreign Ministers also reiterated their commitment to the immediate resolution of the issues of abductees, detainees, and unrepatriated prisoners of war as well as the issue of separated families.',
      'The United States reaffirmed its extended deterrence commitments to Japan and the ROK, which are critically important to the security and stability of the Korean Peninsula and the broader Indo-Pacific region.',
    ],
    entities: [
      e('country:usa', 'Country', 'United States', ['United States of America', 'U.S.']),
      e('country:jpn', 'Country', 'Japan'),
      e('country:kor', 'Country', 'Republic of Korea', ['ROK']),
      e(
        DPRK_ID,
        'Country',
        "Democratic People's Republic of Korea",
        ['DPRK', 'North Korea'],
        ['North Korean'],
      ),
      e('country:rus', 'Country', 'Russia', [], ['Russian']),
      e('official:marco-rubio', 'Official', 'Marco Rubio'),
      e('official:iwaya-takeshi', 'Official', 'Iwaya Takeshi'),
      e('official:cho-hyun', 'Official', 'Cho Hyun'),
      e('topic:denuclearization', 'Topic', 'denuclearization'),
      e('topic:nuclear-and-missile-programs', 'Topic', 'nuclear and missile programs'),
      e('topic:sanctions', 'Topic', 'sanctions'),
      e('topic:military-cooperation', 'Topic', 'military cooperation'),
      e(
        'topic:malicious-cyber-activity',
        'Topic',
        'malicious cyber activity',
        [],
        ['malicious cyber activities'],
      ),
      e('topic:abductees', 'Topic', 'abductees'),
      e('topic:extended-deterrence', 'Topic', 'extended deterrence'),
      e('topic:peace-and-stability', 'Topic', 'peace and stability'),
      e('instrument:unscrs', 'Instrument', 'UN Security Council resolutions', ['UNSCRs']),
      e('instrument:un-charter', 'Instrument', 'UN Charter'),
      e('region:korean-peninsula', 'Region', 'Korean Peninsula'),
      e('region:indo-pacific', 'Region', 'Indo-Pacific'),
      e(
        'program:trilateral-diplomatic-working-group-on-north-korean-cyber-threats',
        'Program',
        'Trilateral Diplomatic Working Group on North Korean Cyber Threats',
      ),
    ],
    commitments: [
      {
        sentence: 1,
        stance: 'reaffirm',
        trigger: 'reaffirmed their resolute commitment',
        actors: MINISTERS,
        about: [
          'topic:denuclearization',
          DPRK_ID,
          'instrument:unscrs',
          'region:korean-peninsula',
          'topic:peace-and-stability',
        ],
      },
      {
        sentence: 2,
        stance: 'recognize',
        trigger: 'emphasized the need',
        actors: MINISTERS,
        about: [
          'topic:nuclear-and-missile-programs',
          'topic:sanctions',
          DPRK_ID,
          'instrument:unscrs',
        ],
      },
      {
        sentence: 3,
        stance: 'concern',
        trigger: 'expressed serious concerns over',
        actors: MINISTERS,
        about: ['topic:military-cooperation', DPRK_ID, 'country:rus'],
      },
      {
        sentence: 4,
        stance: 'urge',
        trigger: 'urged',
        actors: MINISTERS,
        about: ['instrument:un-charter', 'instrument:unscrs', 'topic:military-cooperation'],
        targets: ['country:rus', DPRK_ID],
      },
      {
        sentence: 5,
        stance: 'concern',
        trigger: 'expressed their serious concern',
        actors: MINISTERS,
        about: ['topic:malicious-cyber-activity', DPRK_ID],
      },
      {
        sentence: 6,
        stance: 'reaffirm',
        trigger: 'reaffirmed the importance',
        actors: MINISTERS,
        about: ['program:trilateral-diplomatic-working-group-on-north-korean-cyber-threats'],
        implicitAbout: [DPRK_ID],
      },
      {
        sentence: 7,
        stance: 'commit',
        trigger: 'reiterated their commitment',
        actors: MINISTERS,
        about: ['topic:abductees'],
        implicitAbout: [DPRK_ID],
      },
      {
        sentence: 8,
        stance: 'reaffirm',
        trigger: 'reaffirmed',
        actors: ['country:usa'],
        about: ['topic:extended-deterrence', 'region:korean-peninsula', 'region:indo-pacific'],
        targets: ['country:jpn', 'country:kor'],
      },
    ],
    relations: [
      {
        type: 'REPRESENTS',
        from: 'official:marco-rubio',
        to: 'country:usa',
        props: { title: 'Secretary of State' },
      },
      {
        type: 'REPRESENTS',
        from: 'official:iwaya-takeshi',
        to: 'country:jpn',
        props: { title: 'Foreign Minister' },
      },
      {
        type: 'REPRESENTS',
        from: 'official:cho-hyun',
        to: 'country:kor',
        props: { title: 'Foreign Minister' },
      },
      {
        type: 'SIGNED',
        from: 'country:usa',
        to: 'doc:2025-09-22-us-japan-rok-trilateral-new-york',
      },
    ],
  });
}

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_ID = 'organization:xss-img';

/** A document naming an entity whose name is markup: the UI must show it as text. */
export function hostileFixture(): Extraction {
  return buildExtraction({
    id: 'doc:2025-01-01-hostile',
    title: 'A statement about <b>markup</b>',
    date: '2025-01-01',
    sentences: [`The United States welcomed the work of ${XSS_NAME} on sanctions.`],
    entities: [
      e('country:usa', 'Country', 'United States'),
      e(XSS_ID, 'Organization', XSS_NAME),
      e('topic:sanctions', 'Topic', 'sanctions'),
    ],
    commitments: [
      {
        sentence: 0,
        stance: 'welcome',
        trigger: 'welcomed',
        actors: ['country:usa'],
        about: [XSS_ID, 'topic:sanctions'],
      },
    ],
  });
}

/** Other test files import it from here; tests/support's resetDatabase now does the job. */
export { resetDatabase as resetForTest } from '../support/database';

/** How one suite's hub documents differ from another's, so the suites never share ids. */
export interface HubSpec {
  /** Commitments (one per sentence) in each document. */
  perDoc: number;
  /** Distinct topics the documents cycle through. */
  topicCycle: number;
  stances: readonly Stance[];
  verb: string;
  id: (i: number) => string;
  title: (i: number) => string;
  date: (i: number) => string;
  partner: (i: number) => string;
  topic: (n: number) => string;
}

/**
 * Document i of a hub corpus: every commitment made by the United States, about partner i and
 * one topic, so the United States takes part in all of them (the bounded-read and burst suites).
 */
export function hubDocument(i: number, hub: HubSpec): Extraction {
  const usa = 'country:usa';
  const partner = hub.partner(i);
  const topics = Array.from({ length: hub.perDoc }, (_, k) => hub.topic((i + k) % hub.topicCycle));
  return buildExtraction({
    id: hub.id(i),
    title: hub.title(i),
    date: hub.date(i),
    sentences: topics.map((t, k) => `The United States and Partner ${i} ${hub.verb} ${t} (${k}).`),
    entities: [
      { id: usa, type: 'Country', name: 'United States', aliases: [] },
      { id: partner, type: 'Country', name: `Partner ${i}`, aliases: [] },
      ...[...new Set(topics)].map((t) => ({ id: t, type: 'Topic' as const, name: t, aliases: [] })),
    ],
    commitments: topics.map((t, k) => ({
      sentence: k,
      stance: hub.stances[(i + k) % hub.stances.length] as Stance,
      trigger: hub.verb,
      actors: [usa],
      about: [partner, t],
    })),
  });
}
