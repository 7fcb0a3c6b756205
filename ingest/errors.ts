/**
 * Typed input errors. Every one names the file and says what to do, in one line, so the CLI can
 * print `err.message` as is; callers and tests tell them apart by `name`.
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

export class EmptyInputError extends InputError {
  override name = 'EmptyInputError';
  constructor(path: string, detail = 'it has no text') {
    super(path, `ingest: ${path} is empty (${detail}); give a statement with some text.`);
  }
}

export class BinaryInputError extends InputError {
  override name = 'BinaryInputError';
  constructor(path: string, detail = 'it contains NUL bytes') {
    super(
      path,
      `ingest: ${path} is not a text file (${detail}); convert it to UTF-8 text, HTML or PDF.`,
    );
  }
}

/** A PDF that pdf.js cannot open: password-protected, or damaged. Converting it is not the fix. */
export class PdfUnreadableError extends InputError {
  override name = 'PdfUnreadableError';
  readonly encrypted: boolean;
  constructor(path: string, encrypted: boolean, reason: string) {
    super(
      path,
      encrypted
        ? `ingest: ${path} is a password-protected PDF (${reason}); save a copy without the password and ingest that.`
        : `ingest: ${path} is a damaged PDF that cannot be parsed (${reason}); download or export it again.`,
    );
    this.encrypted = encrypted;
  }
}

export class EncodingError extends InputError {
  override name = 'EncodingError';
  constructor(path: string) {
    super(path, `ingest: ${path} is not valid UTF-8; re-save it as UTF-8 and try again.`);
  }
}

export class TooLargeError extends InputError {
  override name = 'TooLargeError';
  readonly bytes: number;
  constructor(path: string, bytes: number, limit: number) {
    super(
      path,
      `ingest: ${path} is too large (${bytes} bytes > ${limit}); split it into separate statements.`,
    );
    this.bytes = bytes;
  }
}

export class UnreadableError extends InputError {
  override name = 'UnreadableError';
  constructor(path: string, reason: string) {
    super(path, `ingest: cannot read ${path} (${reason}); check the path and its permissions.`);
  }
}

export class UnsupportedFormatError extends InputError {
  override name = 'UnsupportedFormatError';
  constructor(path: string, extension: string) {
    super(
      path,
      `ingest: ${path} has unsupported format "${extension || '(none)'}"; use .txt, .md, .html or .pdf.`,
    );
  }
}

export class NothingFoundError extends InputError {
  override name = 'NothingFoundError';
  constructor(path: string) {
    super(
      path,
      `ingest: ${path} yields no sentences; check that it holds the statement's text, not only markup or headings.`,
    );
  }
}
