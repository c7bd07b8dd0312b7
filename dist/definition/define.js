/** Returns the definition unchanged; `export default defineAgent({...})` from a file in agents/. */
export function defineAgent(definition) {
    return definition;
}
//# sourceMappingURL=define.js.map