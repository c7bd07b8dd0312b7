// What the worker and its job host processes say to each other over the IPC channel of `fork`, as zod
// schemas checked on arrival in both directions: the host's configuration, jobs to start and stop, the
// host's readiness and each job's status.
import { z } from 'zod';

/** One job as a host runs it: the room, the participant token the server issued, the dispatch metadata. */
export const jobSpecSchema = z.strictObject({
  id: z.string().min(1),
  room: z.string().min(1),
  /** The dispatch metadata: it names the agent definition. */
  metadata: z.string(),
  /** The definition the worker's claim resolved from the name dispatched to and the metadata. */
  agent: z.string().min(1).optional(),
  url: z.string().min(1),
  token: z.string().min(1),
});
export type JobSpec = z.infer<typeof jobSpecSchema>;

/** Given to a host process as its one argument (JSON). */
export const hostConfigSchema = z.strictObject({
  /** Where agent definitions are found. */
  agentsDir: z.string().min(1),
  /** The definition a job runs when its dispatch names none. */
  defaultAgent: z.string().min(1),
  /** Where plugins (`plugins/`) are found. */
  projectDir: z.string().min(1),
  /** The host runs one job and exits after it (WORKER_ISOLATION=process). */
  singleJob: z.boolean(),
});
export type HostConfig = z.infer<typeof hostConfigSchema>;

export const toHostSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), job: jobSpecSchema }),
  z.strictObject({ type: z.literal('stop'), jobId: z.string().min(1), reason: z.string() }),
  /** End every job now and exit. */
  z.strictObject({ type: z.literal('shutdown'), reason: z.string() }),
]);
export type ToHost = z.infer<typeof toHostSchema>;

export const fromHostSchema = z.discriminatedUnion('type', [
  /** The host has loaded and takes jobs. */
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({
    type: z.literal('job'),
    jobId: z.string().min(1),
    status: z.enum(['running', 'success', 'failed']),
    error: z.string().optional(),
  }),
]);
export type FromHost = z.infer<typeof fromHostSchema>;
