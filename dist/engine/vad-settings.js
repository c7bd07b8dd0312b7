// The engine's reading of a session's turn_detection as voice-activity settings: server_vad's own
// threshold, padding and silence, or semantic_vad's eagerness standing in as a silence window.
import { SEMANTIC_SILENCE_MS } from '../audio/vad/speech-segmenter.js';
export function vadSettingsFor(detection) {
    if (detection.type === 'semantic_vad') {
        return {
            threshold: 0.5,
            prefixPaddingMs: 300,
            silenceDurationMs: SEMANTIC_SILENCE_MS[detection.eagerness ?? 'auto'],
        };
    }
    return {
        threshold: detection.threshold ?? 0.5,
        prefixPaddingMs: detection.prefix_padding_ms ?? 300,
        silenceDurationMs: detection.silence_duration_ms ?? 200,
    };
}
//# sourceMappingURL=vad-settings.js.map