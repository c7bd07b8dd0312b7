import type { RealtimeResponseUsage } from './wire.js';
export interface UsageTotals {
    responses: number;
    inputTokens: number;
    outputTokens: number;
    totalTokens: number;
    input: {
        text: number;
        audio: number;
        image: number;
    };
    cachedInput: {
        text: number;
        audio: number;
        image: number;
    };
    output: {
        text: number;
        audio: number;
    };
}
export declare function emptyUsage(): UsageTotals;
/** Adds one response's usage to `totals` (in place); a missing usage block still counts the response. */
export declare function addUsage(totals: UsageTotals, usage: RealtimeResponseUsage | null | undefined): void;
