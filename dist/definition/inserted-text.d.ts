/** Longest inserted value, in characters, unless the caller asks for less. */
export declare const INSERTED_TEXT_MAX = 64;
/** `text` made safe to put inside instructions. Pure; the same input always gives the same output. */
export declare function neutralizeInsertedText(text: string, maxLength?: number): string;
