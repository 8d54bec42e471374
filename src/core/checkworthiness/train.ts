// Training the check-worthiness model from labelled sentences: fit on most of the
// training set, choose the threshold that gives the best F1 on the rest, refit on all of
// it, and fold that threshold into the bias so that 0.5 means "worth checking".

import type { LabelledSentence } from './corpus';
import { DEFAULT_FEATURES, featurize, type FeatureOptions } from './features';
import { seededRandom } from '../../shared/seeded-random';
import { predict, trainLogistic, type TrainOptions } from './logistic';
import { bestThreshold, measure, type Metrics } from './metrics';
import { CheckworthinessModel, encodeWeights, MODEL_FORMAT, MODEL_VERSION, type ModelFile } from './model';
import { scoreTfidf, trainTfidfBaseline } from './tfidf-baseline';

export interface TrainingOptions {
  features: FeatureOptions;
  linear: Omit<TrainOptions, 'dimensions' | 'seed'>;
  seed: number;
  /** Share of the training sentences held out to choose the threshold. */
  calibrationShare: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  features: DEFAULT_FEATURES,
  linear: { epochs: 15, learningRate: 0.1, l2: 1e-6, positiveWeight: 1.5 },
  seed: 20_240_601,
  calibrationShare: 0.15,
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
  const threshold = calibratedThreshold(train, options);
  const linear = fit(train, options);
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
        'Logistic regression (AdaGrad) over hashed word uni- and bigrams, character 1–5-grams and hand-made cues; ' +
        `threshold ${threshold.toFixed(2)} chosen on ${Math.round(options.calibrationShare * 100)}% of the training sentences held out.`,
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

function calibratedThreshold(train: LabelledSentence[], options: TrainingOptions): number {
  const random = seededRandom(options.seed);
  const shuffled = train.map((sentence) => ({ sentence, key: random() })).sort((a, b) => a.key - b.key);
  const cut = Math.round(shuffled.length * options.calibrationShare);
  const heldOut = shuffled.slice(0, cut).map(({ sentence }) => sentence);
  const linear = fit(
    shuffled.slice(cut).map(({ sentence }) => sentence),
    options,
  );
  return bestThreshold(
    heldOut.map((sentence) => predict(linear, featurize(sentence.text, options.features).vector)),
    heldOut.map((sentence) => sentence.worthChecking),
  );
}

function fit(sentences: LabelledSentence[], options: TrainingOptions) {
  return trainLogistic(
    sentences.map((sentence) => featurize(sentence.text, options.features).vector),
    sentences.map((sentence) => sentence.worthChecking),
    { ...options.linear, dimensions: 1 << options.features.hashBits, seed: options.seed },
  );
}
