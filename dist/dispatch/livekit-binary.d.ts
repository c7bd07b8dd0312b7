export declare const LIVEKIT_SERVER_VERSION = "v1.13.5";
export declare const LIVEKIT_SERVER_MODULE = "github.com/livekit/livekit-server/cmd/server";
export declare const CACHE_BIN_DIR: string;
/** The binary if it is already on PATH or in the cache; never builds. */
export declare function locateLiveKitServer(): Promise<string | undefined>;
/**
 * Returns a usable binary, building it into the cache with `go install` when absent. `progress` receives
 * the build's output line by line, so a user sees that the one-time build (a few minutes) is under way.
 */
export declare function ensureLiveKitServer(progress: (line: string) => void): Promise<string>;
