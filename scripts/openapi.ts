/** Writes the OpenAPI 3.1 document generated from the zod contract: `node --import tsx scripts/openapi.ts [file]`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildOpenApiDocument } from '../src/api/openapi.js';

const file = process.argv[2] ?? 'dist/openapi.json';
const doc = buildOpenApiDocument('/api');
await mkdir(dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
console.log(`wrote ${file} (${Object.keys(doc.paths as object).length} paths)`);
