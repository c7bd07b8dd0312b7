import { ApiError, toApiError, UNAUTHENTICATED_MESSAGE } from './errors.js';
/** Declares a route with its types inferred from its schemas. */
export function route(spec) {
    return spec;
}
function compile(spec) {
    const names = [];
    const source = spec.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name) => {
        names.push(name);
        return '([^/]+)';
    });
    return { spec, pattern: new RegExp(`^${source}/?$`), names };
}
/** "body.room: expected ..." from the first issues of a failed parse. */
function describeIssues(where, error) {
    return error.issues
        .slice(0, 3)
        .map((issue) => {
        const path = [where, ...issue.path.map(String)].join('.');
        return `${path}: ${issue.message}`;
    })
        .join('; ');
}
function parseWith(schema, value, where, code) {
    if (!schema)
        return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw new ApiError(code, describeIssues(where, parsed.error));
    return parsed.data;
}
async function readBody(request, limit) {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit)
        throw new ApiError('PAYLOAD_TOO_LARGE', `the body is over ${limit} bytes`);
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > limit)
            throw new ApiError('PAYLOAD_TOO_LARGE', `the body is over ${limit} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function mediaType(request) {
    return (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}
export class Router {
    #routes;
    #options;
    constructor(options) {
        this.#options = options;
        this.#routes = options.routes.map(compile);
    }
    get routes() {
        return this.#routes.map((compiled) => compiled.spec);
    }
    async handle(request, response) {
        const started = performance.now();
        const url = new URL(request.url ?? '/', 'http://api.invalid');
        const method = request.method ?? 'GET';
        let label = 'unmatched';
        let status = 500;
        try {
            const matches = this.#routes
                .map((compiled) => ({ compiled, match: compiled.pattern.exec(url.pathname) }))
                .filter((candidate) => candidate.match !== null);
            const found = matches.find((candidate) => candidate.compiled.spec.method === method);
            // Only public routes answer before authentication: nobody learns which endpoints exist.
            if (found?.compiled.spec.auth !== 'public' && found?.compiled.spec.auth !== 'livekit-webhook') {
                if (!(await this.#options.authenticate(request.headers.authorization)))
                    throw new ApiError('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE);
            }
            if (!found) {
                if (matches.length > 0)
                    throw new ApiError('METHOD_NOT_ALLOWED', `${method} is not allowed here; use ${matches.map((m) => m.compiled.spec.method).join(', ')}`);
                throw new ApiError('NOT_FOUND', `no endpoint ${method} ${url.pathname}`);
            }
            const { compiled } = found;
            const { spec } = compiled;
            label = spec.operationId;
            const rawParams = Object.fromEntries(compiled.names.map((name, index) => {
                const raw = found.match[index + 1];
                try {
                    return [name, decodeURIComponent(raw)];
                }
                catch {
                    throw new ApiError('PARAMS_INVALID', `path.${name}: not a valid URL-encoded value`);
                }
            }));
            const params = parseWith(spec.params, rawParams, 'path', 'PARAMS_INVALID');
            const query = parseWith(spec.query, Object.fromEntries(url.searchParams), 'query', 'PARAMS_INVALID');
            let rawBody = '';
            let body;
            if (spec.body || spec.bodyTypes) {
                const accepted = spec.bodyTypes ?? ['application/json'];
                if (!accepted.includes(mediaType(request)))
                    throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `send the body as ${accepted.join(' or ')}, not "${mediaType(request) || 'nothing'}"`);
                rawBody = await readBody(request, this.#options.bodyLimit);
                if (spec.body) {
                    let data;
                    try {
                        data = JSON.parse(rawBody);
                    }
                    catch {
                        throw new ApiError('BODY_INVALID', rawBody.trim() === '' ? 'body: required' : 'body: not valid JSON');
                    }
                    body = parseWith(spec.body, data, 'body', 'BODY_INVALID');
                }
            }
            const result = await spec.handle({
                params,
                query,
                body,
                rawBody,
                headers: request.headers,
                request,
                response,
            });
            if ('streaming' in result) {
                status = 200;
                return;
            }
            status = result.status;
            if ('json' in result)
                this.#send(response, result.status, 'application/json', JSON.stringify(result.json));
            else
                this.#send(response, result.status, result.contentType, result.text);
        }
        catch (error) {
            const apiError = toApiError(error);
            status = apiError.status;
            if (apiError.code === 'INTERNAL')
                this.#options.logger.error({ err: error, method, path: url.pathname }, 'request failed');
            const body = { error: { code: apiError.code, message: apiError.message } };
            if (!response.headersSent)
                this.#send(response, apiError.status, 'application/json', JSON.stringify(body));
            else
                response.destroy();
        }
        finally {
            this.#options.requests.inc({ route: label, status: String(status) });
            this.#options.logger.debug({ method, path: url.pathname, status, ms: Math.round(performance.now() - started) }, 'request');
        }
    }
    #send(response, status, contentType, body) {
        response.writeHead(status, {
            'content-type': contentType,
            'content-length': Buffer.byteLength(body),
            'cache-control': 'no-store',
            'x-content-type-options': 'nosniff',
        });
        response.end(body);
    }
}
//# sourceMappingURL=router.js.map