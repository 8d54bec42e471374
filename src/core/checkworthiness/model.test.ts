import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckworthyTsv } from './corpus';
import modelFile from './model.json' with { type: 'json' };
import { CheckworthinessModel } from './model';
import { shippedModel } from './default-model';
import { evaluate } from './train';

const CORPUS = resolve('../shared/corpus/checkworthiness');
const DEV = join(CORPUS, 'CT24_checkworthy_english_dev.tsv');
/** Scores are recomputed from 16-bit weights, so F1 may move by a sentence or two. */
const TOLERANCE = 0.01;

describe('the shipped check-worthiness model', () => {
  it.skipIf(!existsSync(DEV))('scores the development sentences as its file says it did', () => {
    const dev = parseCheckworthyTsv(readFileSync(DEV, 'utf8'));
    const measured = evaluate(shippedModel(), dev);
    const reported = modelFile.training.dev;
    expect(measured.f1).toBeGreaterThan(reported.f1 - TOLERANCE);
    expect(measured.averagePrecision).toBeGreaterThan(reported.averagePrecision - TOLERANCE);
    // Well above the TF-IDF baseline's 0.64.
    expect(measured.f1).toBeGreaterThan(0.66);
  });

  it('is a few megabytes at most', () => {
    expect(JSON.stringify(modelFile).length).toBeLessThan(3_000_000);
  });

  it('gives a number reason only where there is a number, and every cue in the sentence’s own words', () => {
    const model = shippedModel();
    const withNumber = 'Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.';
    const scored = model.score(withNumber);
    expect(scored.reasons).toContainEqual({ kind: 'number', cue: '3.5 percent' });
    for (const reason of scored.reasons) expect(withNumber).toContain(reason.cue);
    const withoutNumber = 'Senator Harris voted against the bill because it hurt schools.';
    expect(model.score(withoutNumber).reasons.map((reason) => reason.kind)).not.toContain('number');
    expect(model.score(withoutNumber).reasons.map((reason) => reason.kind)).toContain('causal');
  });

  it('scores a statistic above a greeting', () => {
    const model = shippedModel();
    expect(model.score('Crime rose 20 percent since 2010 in Chicago.').score).toBeGreaterThan(0.5);
    expect(model.score('Thank you, it is good to be here tonight.').score).toBeLessThan(0.5);
  });

  it('refuses a file that is not a model, and says how to rebuild it', () => {
    expect(() => CheckworthinessModel.fromFile({ format: 'something else' })).toThrow(/train:checkworthiness/);
    const truncated = { ...modelFile, weights: modelFile.weights.slice(0, 100) };
    expect(() => CheckworthinessModel.fromFile(truncated)).toThrow(/weights where/);
  });
});
