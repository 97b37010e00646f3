// Reading JSONL outputs back line by line, so a report or export never holds a whole batch in memory.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Each JSON line of a file (a torn last line from a killed run is skipped); nothing if the file is absent. */
export async function* readJsonl<T>(file: string): AsyncGenerator<T> {
  if (!existsSync(file)) return;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as T;
    } catch {
      // A line cut short by kill -9 is not a record; the batch's resume redoes that document.
    }
  }
}
