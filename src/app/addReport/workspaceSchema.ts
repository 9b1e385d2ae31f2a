import { z } from 'zod';
import { incidentSchema } from '../../model/incident';
import { isoDaySchema } from '../../model/isoDay';
import { reportSchema } from '../../model/report';

/** Where a figure was read in the report text, as the extractor gives it. */
export const evidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  supports: z.array(z.string()),
});

/** A proposed record under review: the analyst's edits live in `record`. */
export const candidateSchema = z.object({
  key: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']),
  record: incidentSchema.extend({
    // While being edited a record may still lack a place or dates: validation happens on accept.
    placeId: z.string(),
    country: z.string(),
  }),
  evidence: z.array(evidenceSchema),
  vague: z.record(z.string(), z.string()),
  confidence: z.number(),
});
export type Candidate = z.infer<typeof candidateSchema>;

/** What the analyst is typing: kept on every change, so a reload loses nothing. */
export const draftSchema = z.object({
  text: z.string(),
  publisher: z.string(),
  published: z.union([isoDaySchema, z.literal('')]),
  url: z.string(),
  attributedTo: z.string(),
  candidates: z.array(candidateSchema),
});
export type Draft = z.infer<typeof draftSchema>;

/** The local workspace: accepted (unpublished) records with their reports, and the draft. */
export const workspaceSchema = z.object({
  version: z.literal(1),
  /** When it was last changed (ms since epoch): picks the newer of two stored copies. */
  savedAt: z.number().default(0),
  reports: z.array(reportSchema),
  incidents: z.array(incidentSchema),
  draft: draftSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const EMPTY_DRAFT: Draft = {
  text: '',
  publisher: '',
  published: '',
  url: '',
  attributedTo: '',
  candidates: [],
};

export const EMPTY_WORKSPACE: Workspace = {
  version: 1,
  savedAt: 0,
  reports: [],
  incidents: [],
  draft: EMPTY_DRAFT,
};
