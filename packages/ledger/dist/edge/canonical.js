export function canonicalize(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'string':
            return JSON.stringify(value);
        case 'number':
            if (!Number.isFinite(value))
                throw new TypeError(`${value} cannot be represented in JSON`);
            // ECMAScript Number::toString is RFC 8785's number form (and turns -0 into 0).
            return JSON.stringify(value);
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map(canonicalize).join(',')}]`;
            const obj = value;
            // Default sort: UTF-16 code units, RFC 8785 §3.2.3.
            const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
            return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(obj[k])}`).join(',')}}`;
        }
        default:
            throw new TypeError(`a ${typeof value} cannot be represented in JSON`);
    }
}
export async function sha256Hex(text) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    let out = '';
    for (const b of new Uint8Array(digest))
        out += b.toString(16).padStart(2, '0');
    return out;
}
