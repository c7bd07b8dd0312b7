import type { Behaviour } from '../behaviour.js';
export declare function echoBehaviour(): Behaviour;
