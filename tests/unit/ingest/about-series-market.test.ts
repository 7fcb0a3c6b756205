/**
 * What a commitment is about: the objects of every bare verb of a "will" series, the speaker's own
 * market as a place, and "those ties" / "this field" pointing back within the sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extractText';

function run(body: string) {
  return extractText('Joint Statement of the United States and Malaysia', body, 'about-series');
}

function firstAbout(sentence: string, trigger: RegExp): string[] {
  const result = run(sentence);
  const commitment = result.commitments.find((c) => trigger.test(c.trigger));
  expect(commitment, `no commitment ${trigger} in: ${sentence}`).toBeDefined();
  return [...commitment!.about, ...(commitment!.implicitAbout ?? [])];
}

describe('about of a "will" series', () => {
  it('takes the objects of every bare verb after "will"', () => {
    const about = firstAbout(
      'The United States will open an embassy in Fiji; launch a program on maritime domain awareness; and deliver vaccines to Tonga.',
      /^will open/,
    );
    expect(about).toContain('country:fji');
    expect(about).toContain('country:ton');
  });

  it('leaves out a later clause with its own modal', () => {
    const about = firstAbout(
      'The United States will open an embassy in Fiji; the United States will also deliver vaccines to Tonga.',
      /^will open/,
    );
    expect(about).not.toContain('country:ton');
  });
});

describe('the speaker’s own market', () => {
  it('keeps the country of "the Malaysian market" in about', () => {
    const about = firstAbout(
      'Malaysia has committed to address barriers to U.S. agricultural products in the Malaysian market.',
      /committed/,
    );
    expect(about).toContain('country:mys');
  });

  it('still leaves out the speaker’s own adjective elsewhere', () => {
    const about = firstAbout(
      'Malaysia has committed to strengthen Malaysian export controls on semiconductors.',
      /committed/,
    );
    expect(about).not.toContain('country:mys');
  });
});

describe('pointers back within the sentence', () => {
  it('reads "those ties" as what the clause before is about', () => {
    const about = firstAbout(
      'The leaders reaffirmed their partnership with the Philippines and resolved to deepen those ties.',
      /^resolved/,
    );
    expect(about).toContain('country:phl');
  });

  it('reads "this field" as what the clause before is about', () => {
    const about = firstAbout(
      'The leaders welcomed cooperation with Viet Nam on semiconductors and committed to expand investment in this field.',
      /^committed/,
    );
    expect(about).toContain('country:vnm');
  });
});
