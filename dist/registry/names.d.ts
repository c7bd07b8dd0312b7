/** A plugin, tool or MCP server name: letters, digits, `-`, and single `_` (never `__`, never `.`). */
export declare const NAME_PATTERN: RegExp;
export declare function isValidName(name: string): boolean;
/** `notes` + `add` -> `notes.add` */
export declare function qualifiedName(namespace: string, tool: string): string;
/** `notes.add` -> `notes__add`; undefined when the name cannot be put on the wire. */
export declare function toWireName(name: string): string | undefined;
/** `notes__add` -> `notes.add`; undefined when the wire name is not one `toWireName` makes. */
export declare function fromWireName(wire: string): string | undefined;
export declare function isValidToolPattern(pattern: string): boolean;
/** Whether `name` matches a pattern where `*` stands for any run of characters (`notes.*`, `*.read`, `*`). */
export declare function matchesPattern(pattern: string, name: string): boolean;
