// Parsing of server frames: JSON, then a zod check of the fields this client relies on, per event type.
// Extra and unknown fields pass through (the service adds them over time); a frame that fails is
// reported as malformed with the reason, never thrown, so one bad frame cannot take the session down.
import { z } from 'zod';
const nullableString = z.string().nullable().optional();
const item = z.looseObject({ id: z.string(), type: z.string() });
const itemEvent = z.looseObject({ item, previous_item_id: nullableString });
const response = z.looseObject({
    id: z.string(),
    status: z.string().optional(),
    conversation_id: nullableString,
    usage: z.looseObject({}).nullable().optional(),
});
const itemRef = z.looseObject({ item_id: z.string() });
const responsePart = z.looseObject({ response_id: z.string(), item_id: z.string() });
/** Schemas of the fields relied on, by event type; types not listed only need a `type`. */
const relied = {
    'session.created': z.looseObject({
        session: z.looseObject({ id: z.string().optional(), expires_at: z.number().optional() }),
    }),
    'session.updated': z.looseObject({ session: z.looseObject({}) }),
    error: z.looseObject({
        error: z.looseObject({
            type: z.string(),
            message: z.string(),
            code: nullableString,
            param: nullableString,
            event_id: nullableString,
        }),
    }),
    'input_audio_buffer.speech_started': z.looseObject({ item_id: z.string(), audio_start_ms: z.number() }),
    'input_audio_buffer.speech_stopped': z.looseObject({ item_id: z.string(), audio_end_ms: z.number() }),
    'input_audio_buffer.committed': z.looseObject({ item_id: z.string(), previous_item_id: nullableString }),
    'conversation.item.added': itemEvent,
    'conversation.item.done': itemEvent,
    'conversation.item.created': itemEvent,
    'conversation.item.retrieved': z.looseObject({ item }),
    'conversation.item.deleted': itemRef,
    'conversation.item.truncated': z.looseObject({ item_id: z.string(), audio_end_ms: z.number() }),
    'conversation.item.input_audio_transcription.delta': z.looseObject({
        item_id: z.string(),
        delta: z.string(),
    }),
    'conversation.item.input_audio_transcription.completed': z.looseObject({
        item_id: z.string(),
        transcript: z.string(),
    }),
    'response.created': z.looseObject({ response }),
    'response.done': z.looseObject({ response }),
    'response.output_item.added': z.looseObject({ response_id: z.string(), item }),
    'response.output_item.done': z.looseObject({ response_id: z.string(), item }),
    'response.output_audio.delta': responsePart.extend({ delta: z.string() }),
    'response.output_audio.done': responsePart,
    'response.output_audio_transcript.delta': responsePart.extend({ delta: z.string() }),
    'response.output_audio_transcript.done': responsePart.extend({ transcript: z.string() }),
    'response.output_text.delta': responsePart.extend({ delta: z.string() }),
    'response.output_text.done': responsePart.extend({ text: z.string() }),
    'response.function_call_arguments.done': responsePart.extend({
        call_id: z.string(),
        name: z.string(),
        arguments: z.string(),
    }),
};
const envelope = z.looseObject({ type: z.string().min(1), event_id: z.string().optional() });
/** Parses one text frame from the server. */
export function parseServerFrame(frame) {
    let json;
    try {
        json = JSON.parse(frame);
    }
    catch (error) {
        return { ok: false, reason: `not JSON (${error.message})`, type: undefined };
    }
    const head = envelope.safeParse(json);
    if (!head.success)
        return { ok: false, reason: `no event type: ${describe(head.error)}`, type: undefined };
    const schema = relied[head.data.type];
    if (schema) {
        const body = schema.safeParse(json);
        if (!body.success)
            return { ok: false, reason: describe(body.error), type: head.data.type };
    }
    // The relied-on fields are checked above; the rest of the shape is the SDK's published type.
    return { ok: true, event: json };
}
function describe(error) {
    return error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
}
//# sourceMappingURL=server-events.js.map