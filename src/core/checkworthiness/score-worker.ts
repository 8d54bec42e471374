// The scoring worker: loads the model once, then scores one article per message. Scoring
// stays off the thread that answers the app's calls, whatever the size of the article.

import { parentPort } from 'node:worker_threads';
import { shippedModel } from './default-model';
import { scoreSentences } from './suggest';
import type { ScoreJob } from './score-thread';

parentPort?.on('message', ({ id, articleId, doc }: ScoreJob) => {
  parentPort?.postMessage({ id, suggestions: scoreSentences(shippedModel(), articleId, doc) });
});
