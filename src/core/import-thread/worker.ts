// The import worker: converts one job at a time, each in turn, for as long as the service
// keeps it. Parsing a hostile or huge file here costs this thread only: the app's own
// thread keeps answering, and the host can stop this one at any moment.

import { parentPort } from 'node:worker_threads';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile, importPastedHtml, importPastedText } from '../import';
import { jobName, type ImportJob, type WorkerReply } from './job';

const reply = (message: WorkerReply) => parentPort?.postMessage(message);

parentPort?.on('message', (job: ImportJob) => {
  void convert(job).then(
    (article) => reply({ type: 'done', article }),
    (error: unknown) => reply({ type: 'failed', error: describe(error, job) }),
  );
});

async function convert(job: ImportJob) {
  switch (job.kind) {
    case 'file':
      return importFile(job.name, job.bytes, { onProgress: (progress) => reply({ type: 'progress', progress }) });
    case 'text':
      return importPastedText(job.text, job.title);
    case 'html':
      return importPastedHtml(job.html, job.title);
  }
}

function describe(error: unknown, job: ImportJob): Extract<WorkerReply, { type: 'failed' }>['error'] {
  if (error instanceof ClaimdeskError) {
    return { code: error.code, message: error.message, ...(error.subject ? { subject: error.subject } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  // A stack overflow is the one failure this thread can tell from a bug: nesting the depth gate missed.
  if (error instanceof RangeError && /call stack/i.test(message)) {
    const problem = 'its structure nests too deeply to be read (the converter ran out of stack). ' +
      'Save it again in a simpler form (a web page as "HTML only", a document as plain text) and import that.';
    return { code: 'import-failed', message: `${jobName(job)}: ${problem}` };
  }
  return { code: null, message };
}
