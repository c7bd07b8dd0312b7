import type { WireError } from './wire.js';
export declare class ProtocolError extends Error {
    readonly code: string | null;
    readonly param: string | null;
    readonly errorType: string;
    constructor(code: string | null, message: string, param?: string | null, errorType?: string);
    toWire(clientEventId: string | null): WireError;
}
/** Formats values as the hosted messages do: 'a', 'b', and 'c'. */
export declare function quoteList(values: readonly unknown[]): string;
export declare const missingParameter: (param: string) => ProtocolError;
export declare const unknownParameter: (param: string) => ProtocolError;
export declare const invalidValue: (param: string, value: unknown, supported?: readonly unknown[]) => ProtocolError;
