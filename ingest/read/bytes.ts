/**
 * Reading bytes safely: size is checked with stat before anything is read (a 2 GB file must not be
 * pulled into memory just to be refused), and text is decoded strictly so that mojibake never
 * reaches the offsets.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { messageOf } from '../../contract/errors';
import {
  BinaryInputError,
  EmptyInputError,
  EncodingError,
  TooLargeError,
  UnreadableError,
} from '../errors';

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return code ?? messageOf(error);
}

/** Stat, refuse directories / oversized / empty files, then read. */
export async function readBytes(path: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UnreadableError(path, 'it is a directory');
    if (!info.isFile()) throw new UnreadableError(path, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    throw new UnreadableError(path, reasonOf(error));
  }
  if (size > MAX_INPUT_BYTES) throw new TooLargeError(path, size, MAX_INPUT_BYTES);
  if (size === 0) throw new EmptyInputError(path, '0 bytes');
  try {
    return await readFile(path);
  } catch (error) {
    throw new UnreadableError(path, reasonOf(error));
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode as strict UTF-8 (BOM dropped); NUL bytes mean a binary file, not a text one. */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new BinaryInputError(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(path);
  }
  if (text.trim() === '') throw new EmptyInputError(path, 'only whitespace');
  return text;
}
