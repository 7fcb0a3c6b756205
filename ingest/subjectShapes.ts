/**
 * The shapes of text between a subject and its verb, or around a subject, that subjectBefore
 * (resolveActors.ts) trims or recognises: asides, defined names, contracted auxiliaries,
 * sentence openers, narrowed group heads. Patterns only; resolveActors.ts decides.
 */

/** Words allowed between a subject and its verb. */
export const BETWEEN =
  /(?:\s+(?:also|further|jointly|strongly|firmly|fully|together|again|once|continue to|continues to|will|would|shall|have|has|had|can|must|today|each|both|all|hereby|newly|resolutely|themselves|ourselves|itself|remain|remains|therefore|thus|particularly|especially|likewise|similarly|unequivocally|now|again|furthermore|moreover|notably|equally|once more|solemnly|proudly|humbly|gratefully|deeply|warmly|enthusiastically|greatly|highly|heartily|sincerely|wholeheartedly))*\s*$/i;

/**
 * "(NSAs)", "(the Parties)", "(G7)", and a trade framework's or treaty's defined short name
 * ("(El Salvador)", "(“China”)"): a parenthesis naming the subject just before the verb.
 */
export const DEFINED_ACRONYM =
  /\s+\((?:the\s+)?(?:[A-Z][A-Za-z\d/&+-]{0,15}|[“"][A-Z][^()”"]{0,30}[”"]|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\)$/;

/** A sentence-opening plural head and its restrictive relative clause: "Those G7 countries that …". */
export const NARROWED_GROUP =
  /^((?:Those|The|All)\s+[^,;]{1,40}?[a-z]s)\s+(?:that|which|who)\s+[^,;]{1,120}(?<!\b(?:or|and|but|to|not))$/;

/** A sentence-opening plural noun phrase of lowercase words: "These sanctions", "The new measures". */
export const THING_SUBJECT = /^(?:These|Those|The|Such)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s$/;

/** "I’ve directed", "we’re taking": a contracted auxiliary between a pronoun and its verb. */
export const CONTRACTED =
  /(?<=\b(?:I|we|they|he|she|it|We|They|He|She|It))[’'](?:ve|re|ll|m|s|d)\s*$/;

/** A sentence's opening conjunction, article and lowercase modifiers before its subject's name. */
export const OPENING_MODIFIERS =
  /^(?:(?:And|But|Yet|So)\s+(?:(?:the|an?)\s+)?|(?:The|An?)\s+)(?:[a-z][\w-]*\s+){0,2}$/;

/**
 * "Each Quad partner will endeavor …", "Each side will take …": a distributive subject opening
 * its clause is every party (gold 2022-05-24); group 1 is its head noun.
 */
export const EACH_PARTY =
  /(?:^|[,;]\s*)[Ee]ach\s+(?:[A-Z][\w-]*\s+)?(side|partner|party|country|government|nation|member|signatory|leader)$/;
