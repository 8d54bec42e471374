// Check-worthiness: the shipped model's scores on the CheckThat! development sentences
// beside the TF-IDF + logistic regression baseline trained in this run, then how long
// the model takes to load and to score a 2,000-word article, against the baseline's load
// (JSON.parse of the same file) and the sentence splitting the scoring starts with.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Doc } from '../src/shared/model';
import { parseCheckworthyTsv } from '../src/core/checkworthiness/corpus';
import { measure, type Metrics } from '../src/core/checkworthiness/metrics';
import { CheckworthinessModel } from '../src/core/checkworthiness/model';
import { scoreSentences } from '../src/core/checkworthiness/suggest';
import { scoreTfidf, trainTfidfBaseline } from '../src/core/checkworthiness/tfidf-baseline';
import { splitSentences } from '../src/core/sentences/split';
import { bestTime } from './corpus';
import type { Imported } from './import';

const SENTENCES = resolve(process.env.CLAIMDESK_CHECKWORTHINESS ?? '../shared/corpus/checkworthiness');
const MODEL_FILE = resolve('src/core/checkworthiness/model.json');
const ARTICLE_WORDS = 2_000;
/** The budgets of issue 12. */
const LOAD_BUDGET_MS = 200;
const SCORE_BUDGET_MS = 50;
const BASELINE_SEED = 1;

export async function benchCheckworthiness(imported: readonly Imported[]): Promise<void> {
  console.log('');
  if (!existsSync(join(SENTENCES, 'CT24_checkworthy_english_dev.tsv'))) {
    console.log(`Check-worthiness: no sentences at ${SENTENCES}; set CLAIMDESK_CHECKWORTHINESS. Skipped.`);
    return;
  }
  const read = (name: string) => parseCheckworthyTsv(readFileSync(join(SENTENCES, name), 'utf8'), name);
  const train = read('CT24_checkworthy_english_train.tsv');
  const dev = read('CT24_checkworthy_english_dev.tsv');
  const labels = dev.map((sentence) => sentence.worthChecking);

  const raw = readFileSync(MODEL_FILE, 'utf8');
  const model = CheckworthinessModel.fromFile(JSON.parse(raw));
  const baseline = trainTfidfBaseline(
    train.map((sentence) => sentence.text),
    train.map((sentence) => sentence.worthChecking),
    BASELINE_SEED,
  );
  const row = (name: string, m: Metrics) =>
    `| ${name} | ${m.f1.toFixed(3)} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.averagePrecision.toFixed(3)} |`;
  console.log(`Check-worthiness on ${dev.length} CheckThat! 2024 dev sentences (trained on ${train.length})`);
  console.log('');
  console.log('| model | F1 (worth checking) | precision | recall | average precision |');
  console.log('|---|---|---|---|---|');
  console.log(row('baseline: TF-IDF + logistic regression, trained in this run', measure(dev.map((s) => scoreTfidf(baseline, s.text)), labels)));
  console.log(row(`shipped model (${model.file.training.description.split(';')[0]})`, measure(dev.map((s) => model.score(s.text).score), labels)));

  const doc = articleOf(imported);
  const load = await bestTime(() => void CheckworthinessModel.fromFile(JSON.parse(raw)));
  const parse = await bestTime(() => void JSON.parse(raw));
  const split = await bestTime(() => void splitSentences(doc.text));
  const score = await bestTime(() => void scoreSentences(model, 'bench', doc));
  const timing = (name: string, ms: number, base: number, budget: string) =>
    `| ${name} | ${ms.toFixed(1)} | ${(ms / base).toFixed(2)} | ${budget} |`;
  console.log('');
  console.log(`| check-worthiness step | best (ms) | ratio to baseline | budget (ms) |`);
  console.log('|---|---|---|---|');
  console.log(timing(`baseline: JSON.parse of the ${(raw.length / 1e6).toFixed(2)} MB model file`, parse, parse, '-'));
  console.log(timing('load the model (parse and decode the weights)', load, parse, String(LOAD_BUDGET_MS)));
  console.log(timing(`baseline: split a ${ARTICLE_WORDS}-word article into sentences`, split, split, '-'));
  console.log(timing(`score every sentence of that article`, score, split, String(SCORE_BUDGET_MS)));
}

/** The corpus's news text, page after page, cut at ARTICLE_WORDS words. */
function articleOf(imported: readonly Imported[]): Doc {
  const words = imported.flatMap(({ doc }) => doc.text.split(/\s+/)).slice(0, ARTICLE_WORDS);
  return { text: words.join(' '), blocks: [], marks: [] };
}
