export interface TappedCall {
    callId: string;
    name: string;
    argumentsDoneAt: number;
    outputSentAt?: number;
}
export interface WireTap {
    /** The URL agents connect to instead of the engine's. */
    url: string;
    readonly calls: ReadonlyMap<string, TappedCall>;
    close(): Promise<void>;
}
/** Relays ws://127.0.0.1:PORT/<path> to `engineUrl`'s origin with the same path, query and key. */
export declare function startWireTap(engineUrl: string): Promise<WireTap>;
