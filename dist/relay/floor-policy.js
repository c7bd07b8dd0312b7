// When the agent may speak in a room it shares: the floor policy, switchable while the agent runs.
//   open           answers anyone; anyone's speech cuts it off.
//   addressed      hears everything, answers only a turn that names it (decided from the transcript);
//                  only such a turn cuts it off, side chatter does not.
//   first-speaker  the first person to take a turn holds the conversation until they leave: only their
//                  turns are answered and only they cut the agent off; the others are still heard.
//   observer       never speaks; keeps every turn (and may run tools, answering in text only).
import { AgentNames } from './addressing.js';
export const FLOOR_POLICIES = ['open', 'addressed', 'first-speaker', 'observer'];
export class FloorPolicy {
    #policy;
    #names;
    #holder;
    #changed;
    /** `changed` is called after the policy (with who changed it) or the holder changes. */
    constructor(policy, names, changed = () => undefined) {
        this.#policy = policy;
        this.#names = new AgentNames(names);
        this.#changed = changed;
    }
    get policy() {
        return this.#policy;
    }
    /** The person holding the conversation under `first-speaker`. */
    get holder() {
        return this.#holder;
    }
    set(policy, by) {
        this.#policy = policy;
        this.#changed(by);
    }
    /** The holder left for good: the next person to take a turn holds the conversation. */
    release(identity) {
        if (this.#holder?.identity !== identity)
            return;
        this.#holder = undefined;
        this.#changed(undefined);
    }
    /** Whether `speaker` starting to talk cuts off the agent's answer (before their words are known). */
    interruptsOnSpeech(speaker) {
        switch (this.#policy) {
            case 'open':
                return true;
            case 'first-speaker':
                return this.#holder === undefined || this.#holder.identity === speaker.identity;
            case 'addressed':
            case 'observer':
                return false;
        }
    }
    /** What to do with `speaker`'s finished turn; `transcript` once it is known. */
    decide(speaker, transcript) {
        switch (this.#policy) {
            case 'open':
                return { kind: 'answer', reason: 'floor open' };
            case 'observer':
                return { kind: 'observe', reason: 'observer: never speaks' };
            case 'first-speaker': {
                if (!speaker)
                    return { kind: 'ignore', reason: 'no speaker' };
                if (!this.#holder) {
                    this.#holder = speaker;
                    this.#changed(undefined);
                }
                return this.#holder.identity === speaker.identity
                    ? { kind: 'answer', reason: `${speaker.identity} holds the conversation` }
                    : { kind: 'ignore', reason: `${this.#holder.identity} holds the conversation` };
            }
            case 'addressed': {
                if (transcript === undefined)
                    return { kind: 'await-transcript' };
                const name = this.#names.heardIn(transcript);
                return name
                    ? { kind: 'answer', reason: `addressed as "${name}"` }
                    : { kind: 'ignore', reason: 'not addressed by name' };
            }
        }
    }
    /** Whether a partial transcript already settles an `addressed` turn (a name heard). */
    addressedSoFar(partial) {
        return this.#policy === 'addressed' && this.#names.heardIn(partial) !== undefined;
    }
}
//# sourceMappingURL=floor-policy.js.map