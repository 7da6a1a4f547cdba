// The compromise baseline for the benchmark: for every story in an NDJSON file, parse the text
// with compromise once and list its people and its quotations, as a general NLP library would
// be used for the same job. Prints nothing; the benchmark times the whole process.
// Usage: node scripts/bench/compromise.mjs FILE
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line === '') continue;
  const doc = nlp(JSON.parse(line).text);
  doc.people().out('array');
  doc.quotations().out('array');
}
