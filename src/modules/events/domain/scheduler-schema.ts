import { z } from 'zod';

const id = z.string().min(1, 'must be a non-empty id').max(200);

/**
 * JSON shape of a scheduler instance (for the CLI and HTTP boundaries). Only the shape is
 * checked here; values (unknown ids, priority ≥ 1, table ranges, clashes of fixed meetings) are
 * checked by `validateScheduleInstance`, which reports them with `events.schedule_*` codes.
 */
export const scheduleInstanceSchema = z.object({
  slots: z.array(id),
  tables: z.number(),
  participants: z.array(z.object({ id, unavailable: z.array(id).optional() })),
  meetings: z.array(z.object({ id, a: id, b: id, priority: z.number().optional() })),
  fixed: z.array(z.object({ meeting: id, slot: id, table: z.number() })).optional(),
});

export const scheduleResultSchema = z.object({
  assigned: z.array(z.object({ meeting: z.string(), slot: z.string(), table: z.number().int() })),
  unassigned: z.array(z.string()),
  score: z.number().int(),
  upperBound: z.number().int(),
});
