import { type Room } from '@livekit/rtc-node';
export interface FloorAgent {
    close(): Promise<void>;
}
/** Answers the bench's talkers in `room` through the engine at `engineUrl`. */
export declare function runFloorAgent(room: Room, engineUrl: string): Promise<FloorAgent>;
