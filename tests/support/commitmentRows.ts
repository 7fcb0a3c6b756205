/**
 * The commitments the whole extractor reads in a few paragraphs under a joint statement's title, as
 * comparable rows (text, stance, trigger, sorted actors): how the list-item tables state what a
 * lead-in's bullets yield.
 */
import { extractText } from './extractText';

export function commitmentRows(
  paragraphs: string[],
  name: string,
  title = 'Joint Statement of the United States and France',
) {
  return extractText(title, paragraphs.join('\n\n'), name).commitments.map((c) => ({
    text: c.text,
    stance: c.stance,
    trigger: c.trigger,
    actors: [...c.actors].sort(),
  }));
}
