/** A worker thread of `load --workers N` (src/graph/extract-files.ts): one file's parse + extract. */
import { defaultGazetteer } from "../extract/index.js";
import { type ExtractedFile, extractFile, type WorkerTask } from "./extract-files.js";

export default function extractTask(task: WorkerTask): Promise<ExtractedFile> {
  return extractFile(task.file, task.maxBytes, defaultGazetteer());
}
