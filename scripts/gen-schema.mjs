// Writes dist/schema.json, the JSON Schema of one output record, from the compiled src/schema.ts
// (run after tsc by `npm run build`). The package exports it as `wirecut/schema.json`; it is the
// text `wirecut schema` prints, never a copy kept by hand.
import { writeFileSync } from 'node:fs';

const { recordSchema } = await import(new URL('../dist/schema.js', import.meta.url).href);
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(recordSchema, null, 2)}\n`);
