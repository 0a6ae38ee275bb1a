#!/usr/bin/env node
// Validates docs/api/openapi.yaml with a real OpenAPI validator (@apidevtools/swagger-parser) and,
// when a directory of recorded responses is given, validates every recorded answer against the
// document: the path and method must be documented, the status must be a documented response of
// that operation, and the JSON body must match its schema (Ajv). Exit code 0 only when all pass.
//
// Usage: node check.mjs <openapi.yaml> [samples-dir ...]
// A sample file is {"method", "path", "status", "content_type", "body"} (see tests/server_api).
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [documentPath, ...sampleDirs] = process.argv.slice(2);
if (!documentPath) {
    console.error('usage: check.mjs <openapi.yaml> [samples-dir ...]');
    process.exit(2);
}

let api;
try {
    api = await SwaggerParser.validate(documentPath);
} catch (error) {
    console.error(`openapi-check: ${documentPath} is not a valid OpenAPI document:\n${error.message}`);
    process.exit(1);
}
const operations = Object.values(api.paths).flatMap((item) => Object.keys(item)).length;
console.log(`openapi-check: ${documentPath} is valid OpenAPI ${api.openapi} (${Object.keys(api.paths).length} paths, ${operations} operations)`);
if (sampleDirs.length === 0)
    process.exit(0);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const basePath = new URL(api.servers?.[0]?.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '');
const templates = Object.keys(api.paths).map((template) => ({
    template,
    regex: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+') + '$'),
}));
const errorSchema = api.components?.schemas?.Error;
const validators = new Map();
function validatorFor(key, schema) {
    if (!validators.has(key))
        validators.set(key, ajv.compile(schema));
    return validators.get(key);
}

let checked = 0;
const failures = [];
const covered = new Set();
for (const dir of sampleDirs) {
    let files;
    try {
        files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    } catch {
        failures.push(`${dir}: no recorded responses`);
        continue;
    }
    if (files.length === 0)
        failures.push(`${dir}: no recorded responses`);
    for (const file of files) {
        const sample = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        const where = `${file} ${sample.method.toUpperCase()} ${sample.path} -> ${sample.status}`;
        checked++;
        const relative = sample.path.startsWith(basePath) ? sample.path.slice(basePath.length) || '/' : null;
        const match = relative === null ? undefined : templates.find(({ regex }) => regex.test(relative));
        const operation = match ? api.paths[match.template][sample.method] : undefined;
        let schema;
        let key;
        if (!operation) {
            // Unknown routes and methods answer the generic error.
            if (sample.status !== 404 && sample.status !== 405) {
                failures.push(`${where}: undocumented operation`);
                continue;
            }
            schema = errorSchema;
            key = 'Error';
        } else {
            const response = operation.responses[String(sample.status)] ?? operation.responses.default;
            if (!response) {
                failures.push(`${where}: status ${sample.status} is not documented for ${sample.method.toUpperCase()} ${match.template}`);
                continue;
            }
            covered.add(`${sample.method.toUpperCase()} ${match.template} ${sample.status}`);
            const type = (sample.content_type || '').split(';')[0].trim();
            if (!type) {
                if (response.content && Object.keys(response.content).length > 0)
                    failures.push(`${where}: no content type, the document says ${Object.keys(response.content)}`);
                continue;
            }
            const media = response.content?.[type];
            if (!media) {
                failures.push(`${where}: content type ${type} is not documented`);
                continue;
            }
            if (type !== 'application/json' || !media.schema)
                continue;
            schema = media.schema;
            key = `${sample.method} ${match.template} ${sample.status}`;
        }
        const validate = validatorFor(key, schema);
        if (!validate(sample.body))
            failures.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
    }
}
console.log(`openapi-check: ${checked} recorded responses checked, ${covered.size} documented (operation, status) pairs exercised`);
if (failures.length > 0) {
    console.error(failures.map((line) => `  FAIL ${line}`).join('\n'));
    console.error(`openapi-check: ${failures.length} of ${checked} responses do not match the document`);
    process.exit(1);
}
