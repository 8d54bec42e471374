export { shippedModel } from './default-model';
export { CheckworthinessModel, type ModelFile, type ScoredSentence } from './model';
export { bestFirst, scoreSentences } from './suggest';
export { scoreWorkerBeside } from './score-thread';
