// What a running agent's events mean for telemetry, observed without touching the relay: the process's
// metrics (rooms, model sessions, turns, reply latency, tool call durations, errors, reconnects,
// rollovers, tokens and cost) and the cost in money of every response, logged as it lands, and of every
// session, participant and the agent, logged when they end. An unknown price stays unknown (null), with
// the token kinds it lacks.
import { addUsage, emptyUsage } from '../realtime/usage.js';
import { metrics as processMetrics } from '../telemetry/metrics.js';
import { costOf } from '../telemetry/prices.js';
/** The provider and model a definition's sessions are priced by. */
export function pricedModel(model) {
    if ('model' in model && model.model)
        return { provider: model.provider, model: model.model };
    return { provider: model.provider, model: model.provider === 'local' ? 'local-engine' : model.provider };
}
/** Token counts by the kinds prices are given for. */
function tokenKinds(usage) {
    return [
        ['audio.input', usage.input.audio - usage.cachedInput.audio],
        ['audio.cached_input', usage.cachedInput.audio],
        ['audio.output', usage.output.audio],
        ['text.input', usage.input.text - usage.cachedInput.text],
        ['text.cached_input', usage.cachedInput.text],
        ['text.output', usage.output.text],
        ['image.input', usage.input.image],
    ];
}
/** A cost as logs show it: dollars, or null with what could not be priced. */
export function costFields(cost) {
    return {
        usd: cost.usd,
        ...(cost.usd === null ? { pricedUsd: cost.pricedUsd, unknownPrices: cost.unpriced } : {}),
        model: cost.model,
        priceTable: cost.tableVersion,
    };
}
export function observeAgent(events, context) {
    const { model, logger } = context;
    const m = context.metrics ?? processMetrics();
    const agent = { agent: context.agent };
    const sessions = new Map();
    const participants = new Map();
    const total = emptyUsage();
    const costs = () => ({
        agent: costOf(model, total),
        participants: Object.fromEntries([...participants].map(([identity, usage]) => [identity, costOf(model, usage)])),
    });
    m.rooms.inc(agent);
    const closeSession = (conversation) => {
        const session = sessions.get(conversation);
        if (!session)
            return;
        sessions.delete(conversation);
        m.sessions.dec(agent);
        logger.info({
            conversation,
            session: session.sessionId,
            participant: session.participant,
            responses: session.usage.responses,
            cost: costFields(costOf(model, session.usage)),
        }, 'model session ended');
    };
    events.on('session', ({ conversation, sessionId, change, participant }) => {
        switch (change) {
            case 'opened':
                sessions.set(conversation, { sessionId, participant, usage: emptyUsage() });
                m.sessions.inc(agent);
                return;
            case 'reconnected':
            case 'rolled_over': {
                (change === 'reconnected' ? m.reconnects : m.rollovers).inc(agent);
                const session = sessions.get(conversation);
                if (session)
                    session.sessionId = sessionId;
                return;
            }
            case 'closed':
                closeSession(conversation);
        }
    });
    events.on('turn', () => m.turns.inc(agent));
    events.on('reply_started', ({ latencyMs }) => m.replyLatency.observe(agent, latencyMs / 1000));
    events.on('tool_call', ({ name, status, durationMs }) => {
        if (status !== 'started' && durationMs !== undefined)
            m.toolDuration.observe({ ...agent, tool: name, status }, durationMs / 1000);
    });
    events.on('error', ({ code }) => m.errors.inc({ ...agent, code }));
    events.on('usage', ({ conversation, responseId, usage, speaker }) => {
        const response = emptyUsage();
        addUsage(response, usage);
        const cost = costOf(model, response);
        for (const [kind, tokens] of tokenKinds(response))
            if (tokens > 0)
                m.tokens.inc({ ...agent, model: model.model, kind }, tokens);
        if (cost.usd === null)
            m.unpricedResponses.inc({ ...agent, model: model.model });
        else
            m.costUsd.inc({ ...agent, model: model.model }, cost.usd);
        addUsage(total, usage);
        const session = sessions.get(conversation);
        if (session)
            addUsage(session.usage, usage);
        const identity = speaker?.identity ?? session?.participant;
        if (identity) {
            const spent = participants.get(identity) ?? emptyUsage();
            addUsage(spent, usage);
            participants.set(identity, spent);
        }
        logger.debug({ conversation, responseId, participant: identity, cost: costFields(cost) }, 'response cost');
    });
    events.on('ended', ({ reason }) => {
        for (const conversation of [...sessions.keys()])
            closeSession(conversation);
        m.rooms.dec(agent);
        const { agent: spent, participants: each } = costs();
        logger.info({
            reason,
            responses: total.responses,
            cost: costFields(spent),
            participants: Object.fromEntries(Object.entries(each).map(([identity, cost]) => [identity, costFields(cost)])),
        }, 'agent cost');
    });
    return { costs };
}
//# sourceMappingURL=agent-telemetry.js.map