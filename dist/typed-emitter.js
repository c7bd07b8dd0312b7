export class TypedEmitter {
    #listeners = new Map();
    #logger;
    constructor(logger) {
        this.#logger = logger;
    }
    /** Adds a listener; returns a function that removes it. */
    on(name, listener) {
        let set = this.#listeners.get(name);
        if (!set) {
            set = new Set();
            this.#listeners.set(name, set);
        }
        set.add(listener);
        return () => this.off(name, listener);
    }
    /** Adds a listener that runs once. */
    once(name, listener) {
        const off = this.on(name, (payload) => {
            off();
            listener(payload);
        });
        return off;
    }
    off(name, listener) {
        this.#listeners.get(name)?.delete(listener);
    }
    /** Resolves with the next `name` event that passes `filter`. */
    next(name, filter = () => true) {
        return new Promise((resolve) => {
            const off = this.on(name, (payload) => {
                if (!filter(payload))
                    return;
                off();
                resolve(payload);
            });
        });
    }
    emit(name, payload) {
        const set = this.#listeners.get(name);
        if (!set)
            return;
        for (const listener of [...set]) {
            try {
                listener(payload);
            }
            catch (error) {
                this.#logger().error({ err: error, event: String(name) }, 'an event listener threw');
            }
        }
    }
}
//# sourceMappingURL=typed-emitter.js.map