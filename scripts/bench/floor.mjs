// The I/O floor for the benchmark: reads an NDJSON file of stories line by line, parses each line
// and writes one small JSON record per line ({source, body}) to stdout. It does the reading,
// parsing and writing that wirecut must do, and no extraction, so no extractor can beat it.
// Usage: node scripts/bench/floor.mjs FILE > out.ndjson
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  if (line === '') continue;
  const story = JSON.parse(line);
  process.stdout.write(`${JSON.stringify({ source: story.id, body: story.text })}\n`);
}
