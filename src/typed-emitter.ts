// A small typed event emitter: listeners are checked against an event map, a throwing listener is
// logged and never breaks the emitter, and there is no special `error` name (Node's EventEmitter
// would throw when a service `error` event has no listener).
import type { Logger } from './telemetry/log.js';

type Listener<T> = (payload: T) => void;

export class TypedEmitter<Events extends object> {
  #listeners = new Map<keyof Events, Set<Listener<never>>>();
  readonly #logger: () => Logger;

  constructor(logger: () => Logger) {
    this.#logger = logger;
  }

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void {
    let set = this.#listeners.get(name);
    if (!set) {
      set = new Set();
      this.#listeners.set(name, set);
    }
    set.add(listener as Listener<never>);
    return () => this.off(name, listener);
  }

  /** Adds a listener that runs once. */
  once<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void {
    const off = this.on(name, (payload) => {
      off();
      listener(payload);
    });
    return off;
  }

  off<K extends keyof Events>(name: K, listener: Listener<Events[K]>): void {
    this.#listeners.get(name)?.delete(listener as Listener<never>);
  }

  /** Resolves with the next `name` event that passes `filter`. */
  next<K extends keyof Events>(
    name: K,
    filter: (payload: Events[K]) => boolean = () => true,
  ): Promise<Events[K]> {
    return new Promise((resolve) => {
      const off = this.on(name, (payload) => {
        if (!filter(payload)) return;
        off();
        resolve(payload);
      });
    });
  }

  protected emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    const set = this.#listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as Listener<Events[K]>)(payload);
      } catch (error) {
        this.#logger().error({ err: error, event: String(name) }, 'an event listener threw');
      }
    }
  }
}
