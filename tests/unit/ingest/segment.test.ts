import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../ingest/normalise';
import { isHeading, segment } from '../../../ingest/segment';

describe('segment', () => {
  it('gives offsets such that text.slice(start, end) is the sentence', () => {
    const text = normalise(
      'Heading One\n\nThe U.S. and Japan met on Jan. 5 in Tokyo. They agreed, e.g. on trade, to act.\n\nNo. 3 is next. Mr. Smith spoke.',
    );
    const { sentences } = segment(text);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('does not end sentences at abbreviations and initials', () => {
    const text =
      'President Joseph R. Biden, Jr. of the United States met Mr. Kim on Jan. 13 at No. 10, e.g. in the U.S. capital. They agreed.';
    const texts = segment(text).sentences.map((s) => s.text);
    expect(texts).toEqual([
      'President Joseph R. Biden, Jr. of the United States met Mr. Kim on Jan. 13 at No. 10, e.g. in the U.S. capital.',
      'They agreed.',
    ]);
  });

  it('reads an abbreviation after any whitespace, a no-break space too', () => {
    const text = 'They met with\u00a0Dr. Kim and\tGen. Park in the\u2003U.S. capital. They agreed.';
    expect(segment(text).sentences.map((s) => s.text)).toEqual([
      'They met with\u00a0Dr. Kim and\tGen. Park in the\u2003U.S. capital.',
      'They agreed.',
    ]);
  });

  it('ends a sentence after an initialism when a sentence opener follows', () => {
    const texts = segment('They reaffirmed support for the U.S. They also met.').sentences.map(
      (s) => s.text,
    );
    expect(texts).toEqual(['They reaffirmed support for the U.S.', 'They also met.']);
  });

  it.each([
    [
      'They met in Washington, D.C. To ensure its success, they set a date.',
      ['They met in Washington, D.C.', 'To ensure its success, they set a date.'],
    ],
    [
      'He welcomed her to Washington, D.C. As we mark 75 years, we reflect.',
      ['He welcomed her to Washington, D.C.', 'As we mark 75 years, we reflect.'],
    ],
    [
      'It serves at the U.S. Department of State in Washington, D.C. A longtime strategist, he spoke.',
      [
        'It serves at the U.S. Department of State in Washington, D.C.',
        'A longtime strategist, he spoke.',
      ],
    ],
    // A title the place has no holder of, then a name: "D.C." closed the place and the sentence.
    [
      'They met in Washington, D.C. President Biden valued it.',
      ['They met in Washington, D.C.', 'President Biden valued it.'],
    ],
    [
      'They met in Washington, D.C. Prime Minister Kishida spoke.',
      ['They met in Washington, D.C.', 'Prime Minister Kishida spoke.'],
    ],
    // A name's next word after an initialism is no opener: one sentence each.
    [
      'She led the Washington, D.C. Mayor’s Office on Latino Affairs.',
      ['She led the Washington, D.C. Mayor’s Office on Latino Affairs.'],
    ],
    ['The U.S. President Biden spoke.', ['The U.S. President Biden spoke.']],
    ['A D.C. President’s Day parade.', ['A D.C. President’s Day parade.']],
    [
      'The first time a sitting U.S. President has visited.',
      ['The first time a sitting U.S. President has visited.'],
    ],
    [
      'They met at the ASEAN-U.S. Leaders’ Summit.',
      ['They met at the ASEAN-U.S. Leaders’ Summit.'],
    ],
    [
      'Gen. Park met Dr. Kim and Joseph R. Biden on No. 5 Street.',
      ['Gen. Park met Dr. Kim and Joseph R. Biden on No. 5 Street.'],
    ],
  ])(
    'ends a sentence after an initialism only before a closed-class opener: %s',
    (text, expected) => {
      expect(segment(text).sentences.map((s) => s.text)).toEqual(expected);
    },
  );

  it.each([
    [
      'a footnote mark after the full stop',
      'It is a zone of peace and cooperation.[1] We intend to meet.',
      ['It is a zone of peace and cooperation.[1]', 'We intend to meet.'],
    ],
    [
      'a footnote mark opening its paragraph',
      '[1] Recalling resolution 41/11 of the General Assembly.',
      ['Recalling resolution 41/11 of the General Assembly.'],
    ],
    [
      'a missing full stop before "We" and a lowercase word',
      'It is threaded through technology globally We will strengthen cooperation.',
      ['It is threaded through technology globally', 'We will strengthen cooperation.'],
    ],
    [
      'the colon of a lead-in announcing its items',
      'The United States will reduce tariffs as follows: No tariffs will apply to such goods.',
      ['The United States will reduce tariffs as follows:', 'No tariffs will apply to such goods.'],
    ],
    [
      'a full stop typed twice',
      'It met during the General Assembly. . We call on all actors.',
      ['It met during the General Assembly.', 'We call on all actors.'],
    ],
    [
      'an ellipsis, kept (guard)',
      'It attacked the vehicle . . . During the withdrawal it left.',
      ['It attacked the vehicle . . .', 'During the withdrawal it left.'],
    ],
    // Guards: a colon that announces no items, "We" after a capital or a number, a decimal.
    ['another colon', 'Make no mistake: We will act.', ['Make no mistake: We will act.']],
    [
      '"We" in a name',
      'The UN80 We the Peoples initiative met.',
      ['The UN80 We the Peoples initiative met.'],
    ],
    [
      'a decimal and "No."',
      'It grew 2.5 percent under Resolution No. 5 in 2024.',
      ['It grew 2.5 percent under Resolution No. 5 in 2024.'],
    ],
  ])('splits the releases\u2019 typing shapes: %s', (_shape, text, expected) => {
    expect(segment(text).sentences.map((s) => s.text)).toEqual(expected);
  });

  it('ends a sentence at a period glued to a sentence opener, not after an initialism', () => {
    const texts = (text: string) => segment(text).sentences.map((s) => s.text);
    expect(texts('They will support global supply chains.They also discussed financing.')).toEqual([
      'They will support global supply chains.',
      'They also discussed financing.',
    ]);
    expect(texts('They met in the U.S.They discussed trade.')).toHaveLength(1);
    expect(texts('See the archive.Themes page.')).toHaveLength(1);
  });

  it('does not end a sentence at an initialism closing a hyphenated compound', () => {
    const texts = segment(
      'Leaders met at the Australia-India-Japan-U.S. (Quad) Summit in May. They agreed.',
    ).sentences.map((s) => s.text);
    expect(texts).toEqual([
      'Leaders met at the Australia-India-Japan-U.S. (Quad) Summit in May.',
      'They agreed.',
    ]);
  });

  it('turns headings into sections, not sentences', () => {
    const text = normalise(
      'Intro sentence here.\n\nAddressing the North Korean Threat\n\nThey urged restraint. They met.\n\nAdvancing Trilateral Cooperation\n\nThey committed to meet.',
    );
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.section)).toEqual([
      undefined,
      'Addressing the North Korean Threat',
      'Addressing the North Korean Threat',
      'Advancing Trilateral Cooperation',
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('drops the paragraph numbers of a numbered communiqué, no-break space or not', () => {
    const text =
      '1.\u202FWe gather today in Canberra. We reaffirm our partnership.\n\n' +
      '2. Together, we will build resilient supply chains.\n\n(b) The Parties agree to meet.';
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'We gather today in Canberra.',
      'We reaffirm our partnership.',
      'Together, we will build resilient supply chains.',
      'The Parties agree to meet.',
    ]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(sentences.map((s) => s.text));
  });

  it('drops a paragraph number typed without its space, but no decimal or initialism', () => {
    const text =
      '1.Infrastructure should be climate resilient.\n\n4.A new paradigm is required.\n\n' +
      '1.5 degrees stays within reach.\n\n3.U.S. support grows.';
    expect(segment(text).sentences.map((s) => s.text)).toEqual([
      'Infrastructure should be climate resilient.',
      'A new paradigm is required.',
      '1.5 degrees stays within reach.',
      '3.U.S. support grows.',
    ]);
  });

  it('ends a sentence after an abbreviation when a closed-class opener follows', () => {
    const text =
      'The ministers met in Washington, D.C. During the visit, they signed two accords. ' +
      'The talks were led by the U.S. Under Secretary and the D.C. Mayor. ' +
      'He thanked Lloyd Smith, Jr. After the meeting, the delegations toured the port. ' +
      'They endorsed the ASEAN-U.S. Leaders’ Statement.';
    expect(segment(text).sentences.map((s) => s.text)).toEqual([
      'The ministers met in Washington, D.C.',
      'During the visit, they signed two accords.',
      'The talks were led by the U.S. Under Secretary and the D.C. Mayor.',
      'He thanked Lloyd Smith, Jr.',
      'After the meeting, the delegations toured the port.',
      'They endorsed the ASEAN-U.S. Leaders’ Statement.',
    ]);
  });

  it('reads a run of name lines after a lead-in as list items, one line as a heading', () => {
    const text = normalise(
      'Eight countries support the Pledge:\n\nArgentina\n\nSecretary Marco Rubio\n\nSir Tony Blair\n\nThey will meet.\n\nThe United States intends to do this by:\n\nExpanding Agricultural Trade\n\nThey will trade more.\n\nHere is what they are saying:\n\nSenators\n\nSenate Majority Leader Chuck Schumer\n\nWe passed it.',
    );
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Eight countries support the Pledge:',
      'Argentina',
      'Secretary Marco Rubio',
      'Sir Tony Blair',
      'They will meet.',
      'The United States intends to do this by:',
      'They will trade more.',
      'Here is what they are saying:',
      'We passed it.',
    ]);
    expect(sentences[6]?.section).toBe('Expanding Agricultural Trade');
    expect(sentences.at(-1)?.section).toBe('Senate Majority Leader Chuck Schumer');
  });

  it('reads a run of three gerund lines after a lead-in as list items, two as headings', () => {
    const text = normalise(
      'We have identified the following priorities:\n\nStrengthening regional integration\n\nFostering shared prosperity\n\nBuilding sustainable infrastructure\n\nWe will act.\n\nOur work covers:\n\nExpanding agricultural trade\n\nBuilding clean energy\n\nThey will trade more.',
    );
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'We have identified the following priorities:',
      'Strengthening regional integration',
      'Fostering shared prosperity',
      'Building sustainable infrastructure',
      'We will act.',
      'Our work covers:',
      'They will trade more.',
    ]);
  });

  it.each([
    {
      shape: 'items of any words under a clause lead-in, one too long for a heading too',
      text: 'The partners will invest in the following clean energy components:\n\nSolar wafers and wafer manufacturing equipment & next generation solar cells\n\nWind turbine nacelle components\n\nBattery packs for 2- and 3-wheel electric vehicles (EVs) and zero-emission e-bus and truck components\n\nHigh-efficiency air conditioners and ceiling fan components\n\nFunding can grow.',
      sentences: [
        'The partners will invest in the following clean energy components:',
        'Solar wafers and wafer manufacturing equipment & next generation solar cells',
        'Wind turbine nacelle components',
        'Battery packs for 2- and 3-wheel electric vehicles (EVs) and zero-emission e-bus and truck components',
        'High-efficiency air conditioners and ceiling fan components',
        'Funding can grow.',
      ],
    },
    {
      shape: 'a label lead-in heads sections, not items',
      text: 'Annex:\n\nSan Francisco Principles on Trade Policy\n\nSee Also\n\nAccompanying Chair’s Statement\n\nThey met.',
      sentences: ['Annex:', 'They met.'],
    },
    {
      shape: 'an item repeated over its paragraph is that item’s section heading',
      text: 'The President announced his intent to nominate the following individuals to serve:\n\nDavid Crane, Nominee for Under Secretary\n\nRichard Weiner, Nominee for Director\n\nAlvin Brown, Nominee for Member\n\nDavid Crane, Nominee for Under Secretary\n\nDavid Crane is the CEO of a firm.',
      sentences: [
        'The President announced his intent to nominate the following individuals to serve:',
        'David Crane, Nominee for Under Secretary',
        'Richard Weiner, Nominee for Director',
        'Alvin Brown, Nominee for Member',
        'David Crane is the CEO of a firm.',
      ],
    },
  ])('lists under a lead-in: $shape', ({ text, sentences }) => {
    expect(segment(normalise(text)).sentences.map((s) => s.text)).toEqual(sentences);
  });

  it('detects headings by shape', () => {
    expect(isHeading('Strengthening Regional and Global Engagement')).toBe(true);
    expect(isHeading('They met.')).toBe(false);
    expect(isHeading('and then a lowercase fragment')).toBe(false);
    expect(isHeading(`A ${'very '.repeat(20)}long line`)).toBe(false);
  });

  it('repairs the page break of the 2025 statement into one sentence', () => {
    const raw = readFileSync('data/corpus/2025-09-22-us-japan-rok-trilateral-new-york.txt', 'utf8');
    const { sentences } = segment(normalise(raw));
    expect(sentences.some((s) => s.text === 'The')).toBe(false);
    expect(
      sentences.some((s) =>
        s.text.startsWith('The Secretary and Foreign Ministers encouraged the peaceful resolution'),
      ),
    ).toBe(true);
    expect(sentences.some((s) => /Begin Text|End Text/.test(s.text))).toBe(false);
  });
});
