export { echoBehaviour } from './behaviours/echo.js';
export { loadEngineScript, parseEngineScript, scriptBehaviour, } from './behaviours/script.js';
export { CLOSED_SESSIONS_KEPT, startEngine, } from './server.js';
export { SpeechRecogniser, } from './transcription/speech-recogniser.js';
//# sourceMappingURL=index.js.map