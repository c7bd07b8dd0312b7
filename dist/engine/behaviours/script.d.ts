import { z } from 'zod';
import type { Behaviour } from '../behaviour.js';
export declare const engineScriptSchema: z.ZodObject<{
    turns: z.ZodArray<z.ZodObject<{
        say: z.ZodOptional<z.ZodString>;
        wav: z.ZodOptional<z.ZodString>;
        transcript: z.ZodOptional<z.ZodString>;
        call: z.ZodOptional<z.ZodString>;
        arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        outputs: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            say: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            wav: z.ZodString;
            transcript: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            call: z.ZodString;
            arguments: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>]>>>;
        delay_ms: z.ZodOptional<z.ZodInt>;
        error: z.ZodOptional<z.ZodObject<{
            code: z.ZodString;
            message: z.ZodString;
        }, z.core.$strict>>;
        disconnect_after_ms: z.ZodOptional<z.ZodInt>;
    }, z.core.$strict>>;
    after_last: z.ZodDefault<z.ZodEnum<{
        repeat: "repeat";
        fail: "fail";
    }>>;
}, z.core.$strict>;
export type EngineScript = z.input<typeof engineScriptSchema>;
/** Validates a script object; `source` names it in the error. */
export declare function parseEngineScript(value: unknown, source?: string): z.infer<typeof engineScriptSchema>;
/** Loads a script from a .json, .yaml or .yml file; WAV paths in it are relative to the file. */
export declare function loadEngineScript(path: string): Promise<Behaviour>;
export declare function scriptBehaviour(script: EngineScript, baseDir?: string): Behaviour;
