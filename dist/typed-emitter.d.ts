import type { Logger } from './telemetry/log.js';
type Listener<T> = (payload: T) => void;
export declare class TypedEmitter<Events extends object> {
    #private;
    constructor(logger: () => Logger);
    /** Adds a listener; returns a function that removes it. */
    on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void;
    /** Adds a listener that runs once. */
    once<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void;
    off<K extends keyof Events>(name: K, listener: Listener<Events[K]>): void;
    /** Resolves with the next `name` event that passes `filter`. */
    next<K extends keyof Events>(name: K, filter?: (payload: Events[K]) => boolean): Promise<Events[K]>;
    protected emit<K extends keyof Events>(name: K, payload: Events[K]): void;
}
export {};
