import { describe, expect, it } from 'vitest';
import { describeExit } from '../../../neo4j-launcher/exit';

describe('describeExit', () => {
  it('names the signal, hints at memory for SIGKILL and quotes the last error', () => {
    const message = describeExit({
      code: null,
      signal: 'SIGKILL',
      expected: false,
      lastError: 'java.lang.OutOfMemoryError: Java heap space',
    });
    expect(message).toMatch(/killed by SIGKILL/);
    expect(message).toMatch(/out of memory/);
    expect(message).toContain('java.lang.OutOfMemoryError: Java heap space');
  });

  it('names the exit code and says so when the JVM wrote nothing', () => {
    const message = describeExit({ code: 3, signal: null, expected: false, lastError: '' });
    expect(message).toMatch(/exited with code 3/);
    expect(message).toMatch(/wrote no error/);
  });
});
