/** Text for the model from whatever a tool returned: strings as they are, other values as JSON. */
export function outputText(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined || value === null)
        return 'Done.';
    return JSON.stringify(value);
}
//# sourceMappingURL=callable.js.map