import { type VadSettings } from '../audio/vad/speech-segmenter.js';
import type { TurnDetection } from './wire.js';
export declare function vadSettingsFor(detection: TurnDetection): VadSettings;
