/** The variables a template may use, as documented. */
export declare const TEMPLATE_VARIABLES: readonly ["agent.name", "room.name", "room.metadata.<field>", "participant.name", "participant.identity"];
export type TemplatePart = {
    text: string;
} | {
    variable: string;
    source: string;
};
/** A problem in a template: the offending fragment as written, and what is wrong with it. */
export interface TemplateProblem {
    fragment: string;
    message: string;
}
/** Splits a template into text and variables, with a problem for each unknown variable or stray brace. */
export declare function parseTemplate(template: string): {
    parts: TemplatePart[];
    problems: TemplateProblem[];
};
/** The variable names a template uses (`room.name`, `participant.name`...). */
export declare function templateVariables(template: string): string[];
/** What a template is rendered with: the room, the agent, and the participant a session serves, if any. */
export interface TemplateValues {
    agent: {
        name: string;
    };
    room: {
        name: string /** LiveKit room metadata: a JSON object as text, or anything else (ignored). */;
        metadata?: string;
    };
    participant?: {
        identity: string;
        name?: string;
    };
}
/**
 * The template with every variable replaced by its neutralised value. A metadata field that is absent
 * (or not a string, number or boolean) renders empty. Throws DEFINITION_INVALID for a template that
 * would not have passed validation.
 */
export declare function renderTemplate(template: string, values: TemplateValues): string;
