import { z } from 'zod';
import type { Logger } from '../telemetry/log.js';
/** The parts of a LiveKit server config this project reads; the rest passes through untouched. */
declare const serverConfigSchema: z.ZodObject<{
    port: z.ZodNumber;
    bind_addresses: z.ZodOptional<z.ZodArray<z.ZodString>>;
    keys: z.ZodRecord<z.ZodString, z.ZodString>;
    rtc: z.ZodObject<{
        udp_port: z.ZodNumber;
        tcp_port: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>;
}, z.core.$loose>;
export type ServerConfig = z.infer<typeof serverConfigSchema>;
export declare function readServerConfig(path: string): ServerConfig;
export interface LiveKitServer {
    url: string;
    apiKey: string;
    apiSecret: string;
    config: ServerConfig;
    pid: number;
    close(): Promise<void>;
}
/** Throws PORT_IN_USE naming the first port of the config that another program holds. */
export declare function assertPortsFree(config: ServerConfig, configName: string): Promise<void>;
/** True when a LiveKit server answers its health check at this URL (ws:// or http://). */
export declare function liveKitAnswers(url: string): Promise<boolean>;
export interface StartOptions {
    binary: string;
    config: ServerConfig;
    /** Name used in messages: the config file the user knows, e.g. livekit.yaml. */
    configName: string;
    logger: Logger;
    readyTimeoutMs?: number;
}
export declare function startLiveKitServer(options: StartOptions): Promise<LiveKitServer>;
export {};
