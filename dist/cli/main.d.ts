export declare function runMain(main: () => Promise<void>): void;
/**
 * Runs `stop` once on the first Ctrl-C or SIGTERM, then exits: 130 after Ctrl-C, 0 after SIGTERM (a
 * clean stop), 1 if stopping failed. A second signal exits at once.
 */
export declare function onShutdownSignal(stop: (signal: NodeJS.Signals) => Promise<void>): void;
