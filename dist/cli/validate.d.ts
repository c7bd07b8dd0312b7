/** Where the command writes: OK lines to `out`, problems and usage errors to `err`. */
export interface CommandOutput {
    out(line: string): void;
    err(line: string): void;
}
/** Runs the command; resolves to the exit code (0 valid, 1 invalid, 2 usage error). */
export declare function validate(argv: string[], output: CommandOutput): Promise<number>;
