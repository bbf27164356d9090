// Runs customer_360.duckdb.sql in an in-memory DuckDB with a given number of threads, for
// tools/bench. Usage: node run_duckdb.mjs SOURCE_DIR OUTPUT_CSV AS_OF THREADS
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const [source, output, asOf, threads] = process.argv.slice(2);
if (!threads) {
    console.error('usage: node run_duckdb.mjs SOURCE_DIR OUTPUT_CSV AS_OF THREADS');
    process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const script = readFileSync(join(here, 'customer_360.duckdb.sql'), 'utf8')
    .replaceAll('{{SOURCE}}', source)
    .replaceAll('{{OUTPUT}}', output)
    .replaceAll('{{AS_OF}}', `'${asOf}'`);
// One statement at a time: a statement ends with ';' at the end of a line.
const statements = script
    .split(/;\s*$/m)
    .map((text) => text.replace(/^\s*--.*$/gm, '').trim())
    .filter((text) => text.length > 0);

const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
for (const statement of statements) {
    const started = performance.now();
    await connection.run(statement);
    if (process.env.C360_BENCH_VERBOSE)
        console.error(`${((performance.now() - started) / 1000).toFixed(2)} s  ${statement.slice(0, 60).replace(/\s+/g, ' ')}`);
}
connection.closeSync();
