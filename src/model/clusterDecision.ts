import { z } from 'zod';
import { listCell } from './cells';
import { shownValue } from './shownValue';

/** The column order of `data/cluster-decisions.csv`: analysts' corrections to incident clusters. */
export const CLUSTER_DECISION_COLUMNS = ['action', 'record_ids', 'note'] as const;

/**
 * `merge`: the records describe one incident. `split`: no two of them may share an incident.
 * Decisions name record ids, not cluster ids: records keep their ids across re-imports, while a
 * cluster's id follows its members and would change under a decision that moves one.
 */
export const clusterActionSchema = z.enum(['merge', 'split']);
export type ClusterAction = z.infer<typeof clusterActionSchema>;

export const clusterDecisionSchema = z.object({
  action: clusterActionSchema,
  recordIds: z.array(z.string().min(1)).min(2),
  /** Why the analyst decided it: a decision nobody can explain cannot be reviewed. */
  note: z.string().min(1),
});
export type ClusterDecision = z.infer<typeof clusterDecisionSchema>;

const recordId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
  error: (iss) =>
    `${shownValue(iss.input)} is not a record id (expected letters, digits, '.', '_', ':' or '-')`,
});

export const clusterDecisionRowSchema = z
  .object({
    action: z.enum(clusterActionSchema.options, {
      error: (iss) => `${shownValue(iss.input)} is not an action (expected merge or split)`,
    }),
    record_ids: listCell.pipe(
      z
        .array(recordId)
        .min(2, { error: 'names fewer than two records (expected two or more ids, |-separated)' }),
    ),
    note: z
      .string()
      .trim()
      .min(1, { error: 'is empty (expected why the records are, or are not, one incident)' }),
  })
  .superRefine((row, ctx) => {
    const seen = new Set<string>();
    for (const id of row.record_ids) {
      if (seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['record_ids'],
          message: `names ${id} twice (expected each record once)`,
        });
      seen.add(id);
    }
  })
  .transform(
    (row): ClusterDecision => ({ action: row.action, recordIds: row.record_ids, note: row.note }),
  );
