// Read an input only if it can be a document: a regular file (FIFOs, devices, sockets refused, symlinks resolved
// by the system with its loop limit), its size taken from the opened file, never more than the limit read.
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { InputError } from '../model/input-error.ts';

/** The kind of a non-regular file, for the message. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function unreadable(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ELOOP') return new InputError(`${path}: symbolic link loop (ELOOP); not read`, 'symlink-loop');
  if (code === 'ENOENT') return new InputError(`${path}: does not exist (or is a dangling symbolic link)`, 'unreadable');
  return new InputError(`${path}: cannot be read (${code})`, code === 'EISDIR' ? 'is-directory' : 'unreadable');
}

/** The bytes of a regular file of at most maxBytes; InputError naming the path otherwise. */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (!st.isFile()) throw new InputError(`${path}: ${kindOf(st)}, not a regular file; not read`, 'not-a-file');
  // O_NONBLOCK: should the path be swapped for a FIFO after the check, open does not wait for a writer.
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw unreadable(path, e);
  }
  try {
    const fst = await fh.stat();
    if (!fst.isFile()) throw new InputError(`${path}: ${kindOf(fst)}, not a regular file; not read`, 'not-a-file');
    if (fst.size > maxBytes) throw new InputError(`${path}: ${fst.size} bytes, over the ${maxBytes} byte limit (raise with --max-bytes)`, 'too-large');
    // Read at most one byte more than the limit: a file growing while read is caught without reading it all.
    const buf = Buffer.alloc(Math.min(fst.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) break;
    }
    if (n > maxBytes) throw new InputError(`${path}: grew past the ${maxBytes} byte limit while being read (raise with --max-bytes)`, 'too-large');
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}
