import type { RegisteredTool } from '../registry/registry.js';
import { type CallableTool } from './callable.js';
export declare function pluginTool(tool: RegisteredTool): CallableTool;
