export function relayToolCalls(session, executor, host, logger) {
    const offDone = session.on('response_done', ({ functionCalls }) => {
        for (const call of functionCalls) {
            const caller = host.caller();
            host.started({ callId: call.callId, name: call.name, caller });
            const pending = executor.call({ ...call, participant: caller });
            if (pending.async)
                host.respond();
        }
    });
    const onResult = (result) => {
        host.finished(result);
        try {
            session.sendFunctionOutput(result.callId, result.output);
        }
        catch (error) {
            logger.warn({ err: error, callId: result.callId }, 'tool result not sent');
            return;
        }
        if (result.status !== 'aborted')
            host.respond();
    };
    executor.on('result', onResult);
    return () => {
        offDone();
        executor.off('result', onResult);
    };
}
//# sourceMappingURL=tool-calls.js.map