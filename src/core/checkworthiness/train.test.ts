import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from './corpus';
import { seededRandom } from '../../shared/seeded-random';
import { CheckworthinessModel } from './model';
import { DEFAULT_TRAINING, trainCheckworthiness } from './train';

/** Checkable sentences carry figures and named actors; the others are pleasantries and opinions. */
function sentences(count: number, seed: number): LabelledSentence[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const worthChecking = random() < 0.3;
    const text = worthChecking
      ? `${pick(['Unemployment', 'Crime', 'The deficit', 'Spending'])} ${pick(['rose', 'fell', 'doubled'])} ${Math.floor(random() * 90) + 2} percent since ${2000 + Math.floor(random() * 20)}.`
      : `${pick(['I think', 'We hope', 'Thank you,'])} ${pick(['it is good to be here', 'we can do better', 'everyone came tonight'])}.`;
    return { id: String(i), text, worthChecking };
  });
}

const QUICK = { ...DEFAULT_TRAINING, linear: { ...DEFAULT_TRAINING.linear, epochs: 3 } };

describe('trainCheckworthiness', () => {
  it('gives the same model file for the same sentences and seed', () => {
    const train = sentences(300, 1);
    const dev = sentences(100, 2);
    const first = trainCheckworthiness(train, dev, QUICK).file;
    const second = trainCheckworthiness(train, dev, QUICK).file;
    expect(second).toEqual(first);
    expect(trainCheckworthiness(train, dev, { ...QUICK, seed: 7 }).file.weights).not.toBe(first.weights);
  });

  it('learns to tell the checkable sentences, and records how it did on the development sentences', () => {
    const { file, baseline } = trainCheckworthiness(sentences(300, 3), sentences(100, 4), QUICK);
    const model = CheckworthinessModel.fromFile(file);
    expect(model.score('Crime rose 40 percent since 2010.').score).toBeGreaterThan(0.5);
    expect(model.score('Thank you, it is good to be here.').score).toBeLessThan(0.5);
    expect(file.training.dev.f1).toBeGreaterThan(0.9);
    // Chosen without the development sentences: measured on the training ones held out fold by fold.
    expect(file.training.heldOut.f1).toBeGreaterThan(0.9);
    expect(file.training.description).toMatch(/5-fold cross-validation/);
    expect(baseline.f1).toBeGreaterThan(0.5);
  });
});
