import { type LoadedDefinition } from '../definition/index.js';
import { type AgentRole } from './bench-roles.js';
/** The project's definition for a role, checked as a definition file would be. */
export declare function benchDefinition(role: AgentRole): LoadedDefinition;
