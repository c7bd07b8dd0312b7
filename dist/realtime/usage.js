export function emptyUsage() {
    return {
        responses: 0,
        inputTokens: 0,
        outputTokens: 0,
        totalTokens: 0,
        input: { text: 0, audio: 0, image: 0 },
        cachedInput: { text: 0, audio: 0, image: 0 },
        output: { text: 0, audio: 0 },
    };
}
/** Adds one response's usage to `totals` (in place); a missing usage block still counts the response. */
export function addUsage(totals, usage) {
    totals.responses += 1;
    if (!usage)
        return;
    const input = usage.input_token_details;
    const cached = input?.cached_tokens_details;
    const output = usage.output_token_details;
    totals.inputTokens += usage.input_tokens ?? 0;
    totals.outputTokens += usage.output_tokens ?? 0;
    totals.totalTokens += usage.total_tokens ?? 0;
    totals.input.text += input?.text_tokens ?? 0;
    totals.input.audio += input?.audio_tokens ?? 0;
    totals.input.image += input?.image_tokens ?? 0;
    totals.cachedInput.text += cached?.text_tokens ?? 0;
    totals.cachedInput.audio += cached?.audio_tokens ?? 0;
    totals.cachedInput.image += cached?.image_tokens ?? 0;
    totals.output.text += output?.text_tokens ?? 0;
    totals.output.audio += output?.audio_tokens ?? 0;
}
//# sourceMappingURL=usage.js.map