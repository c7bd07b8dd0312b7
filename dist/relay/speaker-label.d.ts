import type { SpeakerRef } from './agent-events.js';
/** The speaker as the model and the events see them; an empty name falls back to the identity. */
export declare function speakerRef(identity: string, displayName: string | undefined): SpeakerRef;
export declare function speakerLabel(speaker: SpeakerRef): string;
/** Appended to the instructions of a session that hears the whole room. */
export declare const SHARED_ROOM_NOTE: string;
export declare function sharedInstructions(instructions: string | undefined): string;
