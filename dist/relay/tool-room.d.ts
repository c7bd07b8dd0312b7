import { type RemoteParticipant, type Room } from '@livekit/rtc-node';
import type { ParticipantInfo, ToolRoom } from '../tools/context.js';
export declare const CHAT_TOPIC = "lk.chat";
export declare function participantInfo(participant: RemoteParticipant): ParticipantInfo;
export declare class LiveKitToolRoom implements ToolRoom {
    #private;
    constructor(room: Room, leave: () => Promise<void>);
    get name(): string;
    participants(): ParticipantInfo[];
    sendChat(text: string): Promise<void>;
    leave(): Promise<void>;
}
