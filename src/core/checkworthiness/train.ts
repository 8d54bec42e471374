// Training the check-worthiness model from labelled sentences, by k-fold cross-validation:
// one model per fold, each trained on the other folds and scoring its own; the threshold
// that gives the best F1 on those held-out scores; the folds' models averaged into one
// (an average of linear models is a linear model, so the file keeps its size), with that
// threshold folded into the bias so that 0.5 means "worth checking". The development
// sentences are only measured, never used to choose anything.

import type { LabelledSentence } from './corpus';
import { DEFAULT_FEATURES, featurize, type FeatureOptions } from './features';
import { seededRandom } from '../../shared/seeded-random';
import { predict, trainLogistic, type LinearModel, type TrainOptions } from './logistic';
import { bestThreshold, measure, type Metrics } from './metrics';
import { CheckworthinessModel, encodeWeights, MODEL_FORMAT, MODEL_VERSION, type ModelFile } from './model';
import { scoreTfidf, trainTfidfBaseline } from './tfidf-baseline';

export interface TrainingOptions {
  features: FeatureOptions;
  linear: Omit<TrainOptions, 'dimensions' | 'seed'>;
  seed: number;
  /** How many parts the training sentences are cut into for cross-validation. */
  folds: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  features: DEFAULT_FEATURES,
  linear: { epochs: 15, learningRate: 0.1, l2: 1e-6, positiveWeight: 1.5 },
  seed: 20_240_601,
  folds: 5,
};

export interface TrainingResult {
  file: ModelFile;
  /** The TF-IDF + logistic regression reference, trained on the same sentences. */
  baseline: Metrics;
}

export function trainCheckworthiness(
  train: LabelledSentence[],
  dev: LabelledSentence[],
  options: TrainingOptions = DEFAULT_TRAINING,
): TrainingResult {
  const { linear, threshold, heldOut } = crossValidate(train, options);
  const file: ModelFile = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    features: options.features,
    bias: linear.bias - Math.log(threshold / (1 - threshold)),
    ...encodeWeights(linear.weights),
    training: {
      seed: options.seed,
      sentences: train.length,
      description:
        'Logistic regression (AdaGrad) over hashed word uni- and bigrams, character 1–5-grams, hand-made cues and their pairs; ' +
        `the average of ${options.folds} models of a ${options.folds}-fold cross-validation on the training sentences, ` +
        `threshold ${threshold.toFixed(2)} chosen on their held-out scores (F1 ${heldOut.f1.toFixed(3)} there).`,
      heldOut,
      dev: { f1: 0, precision: 0, recall: 0, averagePrecision: 0 },
    },
  };
  file.training.dev = evaluate(CheckworthinessModel.fromFile(file), dev);
  const baseline = trainTfidfBaseline(
    train.map((sentence) => sentence.text),
    train.map((sentence) => sentence.worthChecking),
    options.seed,
  );
  return {
    file,
    baseline: measure(
      dev.map((sentence) => scoreTfidf(baseline, sentence.text)),
      dev.map((sentence) => sentence.worthChecking),
    ),
  };
}

export function evaluate(model: CheckworthinessModel, sentences: LabelledSentence[]): Metrics {
  return measure(
    sentences.map((sentence) => model.score(sentence.text).score),
    sentences.map((sentence) => sentence.worthChecking),
  );
}

interface CrossValidation {
  /** The folds' models averaged. */
  linear: LinearModel;
  threshold: number;
  /** Each sentence scored by the model that did not see it, at that threshold. */
  heldOut: Metrics;
}

function crossValidate(train: LabelledSentence[], options: TrainingOptions): CrossValidation {
  const vectors = train.map((sentence) => featurize(sentence.text, options.features).vector);
  const labels = train.map((sentence) => sentence.worthChecking);
  const foldOf = folds(train.length, options);
  const dimensions = 1 << options.features.hashBits;
  const weights = new Float64Array(dimensions);
  let bias = 0;
  const heldOutScores = new Array<number>(train.length).fill(0);
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (i: number) => foldOf[i] === fold;
    const seen = labels.flatMap((_, i) => (inFold(i) ? [] : [i]));
    const model = trainLogistic(
      seen.map((i) => vectors[i]!),
      seen.map((i) => labels[i]!),
      { ...options.linear, dimensions, seed: options.seed + fold },
    );
    for (let i = 0; i < vectors.length; i++) if (inFold(i)) heldOutScores[i] = predict(model, vectors[i]!);
    model.weights.forEach((weight, i) => (weights[i]! += weight / options.folds));
    bias += model.bias / options.folds;
  }
  const threshold = bestThreshold(heldOutScores, labels);
  return { linear: { weights: Float32Array.from(weights), bias }, threshold, heldOut: measure(heldOutScores, labels, threshold) };
}

/** Each sentence's fold, dealt in a seeded random order so every fold holds sentences of every debate. */
function folds(count: number, options: TrainingOptions): number[] {
  const random = seededRandom(options.seed);
  const order = Array.from({ length: count }, (_, i) => ({ i, key: random() })).sort((a, b) => a.key - b.key);
  const foldOf = new Array<number>(count);
  order.forEach(({ i }, rank) => (foldOf[i] = rank % options.folds));
  return foldOf;
}
