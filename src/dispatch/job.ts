// One job: the agent's life in one room, inside a job host process that may run many. It loads the
// definition the worker's claim names (else the one the dispatch metadata names) while it connects its
// own Room with the token the server issued for the job (the token makes it a participant of kind AGENT),
// runs the agent with `runAgent`, and leaves when the agent ends, the job is stopped, or it fails.
// Everything it starts runs in its job scope, so an error escaping the agent fails this job alone.
import { type RunningAgent, runAgent } from '../relay/run-agent.js';
import { subscribeToAudio } from '../room/audio-subscription.js';
import type { Logger } from '../telemetry/log.js';
import { findDefinition, requestedAgent } from './agent-catalog.js';
import type { JobSpec } from './host-messages.js';
import { JobRoom, runInJob, type ScopedJob } from './job-scope.js';

/** What every job of a host shares. */
export interface JobEnvironment {
  agentsDir: string;
  defaultAgent: string;
  projectDir: string;
  logger: Logger;
}

export type JobOutcome = { status: 'success'; reason: string } | { status: 'failed'; error: string };

/** How long leaving may take (closing the agent, then disconnecting) before it is cut short. */
const LEAVE_TIMEOUT_MS = 10_000;

/** What a job tells its host: that its agent runs, then how it ended (before it leaves the room). */
export interface JobReports {
  running(): void;
  ended(outcome: JobOutcome): void;
}

export class Job implements ScopedJob {
  readonly id: string;
  /** Settles once the job has left its room (or never joined it). */
  readonly done: Promise<JobOutcome>;
  readonly #spec: JobSpec;
  readonly #env: JobEnvironment;
  readonly #logger: Logger;
  readonly #room: JobRoom;
  #agent: RunningAgent | undefined;
  #failure: string | undefined;
  /** Why the job was asked to end (stopped or failed), once it was. */
  #endReason: string | undefined;
  #endRequested: (reason: string) => void = () => undefined;
  readonly #ending = new Promise<string>((resolve) => {
    this.#endRequested = resolve;
  });
  /** The outcome is settled (and reported); what follows is leaving the room. */
  #settled = false;

  /** Starts the job at once. */
  constructor(spec: JobSpec, env: JobEnvironment, reports: JobReports) {
    this.id = spec.id;
    this.#spec = spec;
    this.#env = env;
    this.#logger = env.logger.child({ job: spec.id, room: spec.room });
    this.#room = new JobRoom(this);
    this.done = runInJob(this, () => this.#run(reports));
  }

  /** Ends the job: the agent closes and leaves the room. */
  stop(reason: string): void {
    this.#endReason ??= reason;
    this.#endRequested(reason);
  }

  /** Fails the job (an error escaped it): it reports the failure and leaves its room. */
  fail(error: unknown): void {
    if (this.#settled) {
      this.#logger.warn({ err: error }, 'an error escaped the job while it was leaving its room');
      return;
    }
    if (this.#failure !== undefined) return;
    this.#failure = error instanceof Error ? error.message : String(error);
    this.#logger.error({ err: error }, 'the job failed: an error escaped its agent');
    this.#endReason ??= `failed: ${this.#failure}`;
    this.#endRequested(this.#endReason);
  }

  async #run(reports: JobReports): Promise<JobOutcome> {
    let reason = 'ended';
    try {
      reason = await this.#serve(reports);
    } catch (error) {
      this.#failure ??= error instanceof Error ? error.message : String(error);
      this.#logger.error({ err: error }, 'the job failed');
    }
    const outcome: JobOutcome =
      this.#failure === undefined
        ? { status: 'success', reason }
        : { status: 'failed', error: this.#failure };
    // LiveKit hears how the job ended before the agent leaves: a leaving agent is otherwise taken as failed.
    this.#settled = true;
    reports.ended(outcome);
    await this.#leave(reason);
    return outcome;
  }

  /** Joins the room and runs the agent until it ends or the job is ended; returns why it ended. */
  async #serve(reports: JobReports): Promise<string> {
    // The worker's claim names the definition (room-claim.ts); without it, the metadata says why not.
    const name = this.#spec.agent ?? requestedAgent(this.#spec.metadata, this.#env.defaultAgent);
    // The definition is read while the room connects (the connect is most of a dispatch's time); both
    // settle before either's failure ends the job, so leaving never races a connect still under way.
    const [definition, connected] = await Promise.allSettled([
      findDefinition(this.#env.agentsDir, name),
      this.#room.connect(this.#spec.url, this.#spec.token, { autoSubscribe: false, dynacast: false }),
    ]);
    if (connected.status === 'rejected') throw connected.reason;
    if (definition.status === 'rejected') throw definition.reason;
    const loaded = definition.value;
    if (this.#endReason !== undefined) return this.#endReason;
    subscribeToAudio(this.#room);
    this.#logger.info({ identity: this.#room.localParticipant?.identity, agent: name }, 'joined the room');
    this.#agent = await runAgent(this.#room, loaded, {
      logger: this.#logger,
      projectDir: this.#env.projectDir,
    });
    if (this.#failure === undefined) reports.running();
    const reason = await Promise.race([this.#agent.ended, this.#ending]);
    this.#logger.info({ reason }, 'the agent ended; leaving the room');
    return reason;
  }

  async #leave(reason: string): Promise<void> {
    const steps = (async () => {
      await this.#agent?.close(reason);
      await this.#room.disconnect();
    })();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), LEAVE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([steps.then(() => 'left' as const), late]).catch((error: unknown) => {
      this.#logger.warn({ err: error }, 'leaving the room failed');
      return 'failed' as const;
    });
    clearTimeout(timer);
    if (outcome === 'late') {
      this.#logger.warn({ timeoutMs: LEAVE_TIMEOUT_MS }, 'the agent did not close in time; disconnecting');
      await this.#room.disconnect().catch(() => undefined);
    }
  }
}
