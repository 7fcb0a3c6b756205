/**
 * The action-list vocabulary (data/rules/action-lists.json), validated once: the nouns a
 * committing lead-in announces ("take the following actions:", "the following purposes:") and the
 * subject words on which a lead-in with no stance verb still speaks for the signatories, and the
 * modals ("will:", "shall:") and the words between a modal and its colon that leave the verb to
 * the items (ingest/commitments/modalLeadIn.ts).
 */
import { z } from 'zod';
import actionListsJson from '../../data/rules/action-lists.json';
import { parseRules } from './load';

const schema = z.object({
  announcedNouns: z.array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'one lowercase word')).min(1),
  partyOpeners: z.array(
    z.string().regex(/^[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ɏḀ-ỿ]*$/, 'one capitalised word'),
  ),
  modals: z.array(z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+$/, 'one lowercase word')).min(1),
  modalAdverbs: z.array(
    z.string().regex(/^[a-zß-öø-ɏḀ-ỿ]+(?: [a-zß-öø-ɏḀ-ỿ]+)*$/, 'lowercase words'),
  ),
});

export const ACTION_LISTS = parseRules('rules/action-lists.json', schema, actionListsJson);
