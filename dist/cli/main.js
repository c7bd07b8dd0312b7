// How every command ends: a FrameworkError (bad configuration, unreachable server, port in use) is one
// clear log line and exit code 1; anything unexpected is logged with its stack and exit code 1.
import { isFrameworkError } from '../errors.js';
import { log } from '../telemetry/log.js';
export function runMain(main) {
    main().catch((error) => {
        if (isFrameworkError(error))
            log().error({ code: error.code }, error.message);
        else
            log().error({ err: error }, 'unexpected failure');
        process.exitCode = 1;
        // Let pino flush, then leave even if a library keeps handles open.
        setTimeout(() => process.exit(1), 200).unref();
    });
}
/**
 * Runs `stop` once on the first Ctrl-C or SIGTERM, then exits: 130 after Ctrl-C, 0 after SIGTERM (a
 * clean stop), 1 if stopping failed. A second signal exits at once.
 */
export function onShutdownSignal(stop) {
    let stopping = false;
    const handler = (signal) => {
        if (stopping)
            process.exit(130);
        stopping = true;
        stop(signal).then(() => process.exit(signal === 'SIGINT' ? 130 : 0), (error) => {
            log().error({ err: error }, 'shutdown failed');
            process.exit(1);
        });
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
}
//# sourceMappingURL=main.js.map