export type { Behaviour, ReplyOutput, ReplyPlan, TurnContext } from './behaviour.js';
export { echoBehaviour } from './behaviours/echo.js';
export { type EngineScript, loadEngineScript, parseEngineScript, scriptBehaviour, } from './behaviours/script.js';
export type { Pacing } from './response-run.js';
export { CLOSED_SESSIONS_KEPT, type EngineOptions, type RunningEngine, startEngine, } from './server.js';
export type { ContentSnapshot, ItemSnapshot, SessionSnapshot } from './session-snapshot.js';
export { type Recognition, SpeechRecogniser, type SpeechRecogniserOptions, } from './transcription/speech-recogniser.js';
