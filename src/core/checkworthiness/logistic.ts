// Logistic regression over sparse vectors, trained by AdaGrad with L2 regularization.
// Plain TypeScript and a seeded shuffle: the same data and options give the same weights.

import { seededRandom } from '../../shared/seeded-random';
import { dot, sigmoid, type SparseVector } from './sparse';

export interface TrainOptions {
  dimensions: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per touched weight and step. */
  l2: number;
  /** Weight of a positive example's loss against a negative's (the classes are unbalanced). */
  positiveWeight: number;
  seed: number;
}

export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

export function trainLogistic(vectors: SparseVector[], labels: boolean[], options: TrainOptions): LinearModel {
  const weights = new Float64Array(options.dimensions);
  const squaredGradients = new Float64Array(options.dimensions).fill(1e-8);
  let bias = 0;
  let biasSquaredGradient = 1e-8;
  const random = seededRandom(options.seed);
  const order = vectors.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const vector = vectors[i]!;
      const label = labels[i] ? 1 : 0;
      const lossWeight = labels[i] ? options.positiveWeight : 1;
      const error = (sigmoid(dot(weights, vector) + bias) - label) * lossWeight;
      for (let k = 0; k < vector.indices.length; k++) {
        const index = vector.indices[k]!;
        const gradient = error * vector.values[k]! + options.l2 * weights[index]!;
        squaredGradients[index]! += gradient * gradient;
        weights[index]! -= (options.learningRate * gradient) / Math.sqrt(squaredGradients[index]!);
      }
      biasSquaredGradient += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquaredGradient);
    }
  }
  return { weights: Float32Array.from(weights), bias };
}

export function predict(model: LinearModel, vector: SparseVector): number {
  return sigmoid(dot(model.weights, vector) + model.bias);
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
