// The reference point of the CheckThat! Lab: TF-IDF over word unigrams and bigrams with
// logistic regression. Trained beside the real model so the bench compares like with like.

import { tokenize } from './features';
import { trainLogistic, predict, type LinearModel } from './logistic';
import type { SparseVector } from './sparse';
import { countsToUnitVector } from './sparse';

export interface TfidfModel {
  vocabulary: Map<string, number>;
  idf: Float64Array;
  linear: LinearModel;
}

const MIN_DOCUMENT_FREQUENCY = 2;

export function trainTfidfBaseline(sentences: string[], labels: boolean[], seed: number): TfidfModel {
  const documents = sentences.map(terms);
  const frequency = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [term, count] of frequency) if (count >= MIN_DOCUMENT_FREQUENCY) vocabulary.set(term, vocabulary.size);
  const idf = new Float64Array(vocabulary.size);
  for (const [term, index] of vocabulary) idf[index] = Math.log((1 + documents.length) / (1 + frequency.get(term)!)) + 1;
  const base = { vocabulary, idf };
  const vectors = documents.map((document) => vectorize(base, document));
  const linear = trainLogistic(vectors, labels, {
    dimensions: vocabulary.size,
    epochs: 10,
    learningRate: 0.1,
    l2: 1e-5,
    positiveWeight: 1,
    seed,
  });
  return { ...base, linear };
}

export function scoreTfidf(model: TfidfModel, sentence: string): number {
  return predict(model.linear, vectorize(model, terms(sentence)));
}

function terms(sentence: string): string[] {
  const tokens = tokenize(sentence);
  return [...tokens, ...tokens.slice(1).map((token, i) => `${tokens[i]} ${token}`)];
}

function vectorize(model: Pick<TfidfModel, 'vocabulary' | 'idf'>, document: string[]): SparseVector {
  const counts = new Map<number, number>();
  for (const term of document) {
    const index = model.vocabulary.get(term);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + model.idf[index]!);
  }
  return countsToUnitVector(counts);
}
