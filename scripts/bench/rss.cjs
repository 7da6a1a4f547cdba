// Preloaded with `node --require` when /usr/bin/time is missing: on exit, writes the process's
// peak resident set size (KB, as `/usr/bin/time -f %M` prints it) to the file named by
// BENCH_RSS_FILE. Worker threads load it too; only the main thread writes, since its figure
// already covers the whole process.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.BENCH_RSS_FILE) {
  process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
