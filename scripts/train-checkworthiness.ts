// `npm run train:checkworthiness [corpus folder]`: trains the check-worthiness model from
// the CheckThat! sentences and writes it to src/core/checkworthiness/model.json, with the
// scores on the development sentences beside the TF-IDF baseline's.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCheckworthyTsv } from '../src/core/checkworthiness/corpus';
import type { Metrics } from '../src/core/checkworthiness/metrics';
import { trainCheckworthiness } from '../src/core/checkworthiness/train';

const corpus = resolve(process.argv[2] ?? '../shared/corpus/checkworthiness');
const output = resolve('src/core/checkworthiness/model.json');

const read = (name: string) => parseCheckworthyTsv(readFileSync(join(corpus, name), 'utf8'), name);
const train = read('CT24_checkworthy_english_train.tsv');
const dev = read('CT24_checkworthy_english_dev.tsv');

const started = performance.now();
const { file, baseline } = trainCheckworthiness(train, dev);
writeFileSync(output, `${JSON.stringify(file)}\n`);

const row = (name: string, m: Metrics) =>
  `${name.padEnd(28)} F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  AP ${m.averagePrecision.toFixed(3)}`;
console.log(`Trained on ${train.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s; measured on ${dev.length} dev sentences:`);
console.log(row('TF-IDF + logistic baseline', baseline));
console.log(row('Claimdesk model', file.training.dev));
console.log(row('(training, held out by folds)', file.training.heldOut));
console.log(file.training.description);
console.log(`Wrote ${output}`);
